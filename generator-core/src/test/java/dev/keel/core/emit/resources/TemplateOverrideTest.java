package dev.keel.core.emit.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's copy of a built-in template: used, checked for age, and located when broken. */
class TemplateOverrideTest {

    static final String TEMPLATE = "application-defaults.yaml.ftl";

    @TempDir
    Path directory;

    @Test
    void everyBuiltInTemplateDeclaresItsModelAndVersion() {
        assertThat(BuiltInTemplates.names()).contains(TEMPLATE);
        for (String name : BuiltInTemplates.names()) {
            String text = BuiltInTemplates.text(name);
            assertThat(text).as(name).contains("<#-- @ftlvariable name=\"\" type=\"dev.keel.core.");
            assertThat(BuiltInTemplates.version(text)).as(name).isPositive();
        }
    }

    @Test
    void anOverrideOlderThanTheBuiltInIsUsedWithAWarning() throws Exception {
        Path templates = Files.createDirectories(directory.resolve("templates"));
        BuiltInTemplates.export(templates, Optional.of(TEMPLATE));
        Path override = templates.resolve(TEMPLATE);
        Files.writeString(override, Files.readString(override).replaceAll("keel-template-version: \\d+",
                "keel-template-version: 0") + "custom:\n  greeting: hello\n");

        GenerationResult result = new Keel().generate(config(templates));

        assertThat(Files.readString(directory.resolve("out/resources/keel/application-defaults.yaml")))
                .endsWith("custom:\n  greeting: hello\n");
        assertThat(result.warnings()).extracting(Diagnostic::format).anySatisfy(warning -> assertThat(warning)
                .startsWith(override + ":1: warning: this override is keel-template-version 0 but the built-in"));
    }

    @Test
    void anUnknownVariableInAnOverrideFailsWithTemplateLineColumnAndTheModelsVariables() throws Exception {
        Path templates = Files.createDirectories(directory.resolve("templates"));
        Files.writeString(templates.resolve(TEMPLATE), BuiltInTemplates.text(TEMPLATE)
                + "extra:\n  owner: ${ownerName}\n");
        int line = (int) BuiltInTemplates.text(TEMPLATE).lines().count() + 2;

        assertThatThrownBy(() -> new Keel().generate(config(templates)))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining(TEMPLATE + ":" + line + ": error: column 12: unknown variable 'ownerName'")
                .hasMessageContaining("has applicationName, poolSize, maxRequestBody");
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void exportKeepsAFileThatExists() throws IOException {
        Path templates = Files.createDirectories(directory.resolve("templates"));
        Files.writeString(templates.resolve(TEMPLATE), "mine");

        BuiltInTemplates.Export export = BuiltInTemplates.export(templates, Optional.empty());

        assertThat(export.skipped()).containsExactly(TEMPLATE);
        assertThat(templates.resolve(TEMPLATE)).hasContent("mine");
    }

    private KeelConfig config(Path templates) throws URISyntaxException {
        Path spec = Path.of(getClass().getResource("/evolution/v1.yaml").toURI());
        return new KeelConfig(spec, List.of(), "com.example.notes", directory.resolve("out"), Optional.of(templates));
    }
}
