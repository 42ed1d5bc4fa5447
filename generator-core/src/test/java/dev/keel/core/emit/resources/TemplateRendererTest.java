package dev.keel.core.emit.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

    private static final ApplicationDefaults DEFAULTS = new ApplicationDefaults("projects-api", 10, "1MB");

    @Test
    void builtInDefaultsCarryTheModelAndLeaveSpringPlaceholdersAlone() {
        String yaml = new TemplateRenderer(Optional.empty()).render("application-defaults.yaml.ftl", DEFAULTS);

        assertThat(yaml)
                .contains("name: projects-api")
                .contains("maximum-pool-size: 10")
                .contains("max-request-body: 1MB")
                .contains("url: ${KEEL_DB_URL:}")
                .contains("url: ${KEEL_REDIS_URL:}")
                .contains("include-stacktrace: never")
                .doesNotContain("<#");
    }

    @Test
    void aUserTemplateOfTheSameNameWins(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("application-defaults.yaml.ftl"), "custom: ${applicationName}\n");

        String yaml = new TemplateRenderer(Optional.of(templates)).render("application-defaults.yaml.ftl", DEFAULTS);

        assertThat(yaml).isEqualTo("custom: projects-api\n");
    }

    @Test
    void anUnknownVariableFailsWithTemplateLineAndColumn(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("application-defaults.yaml.ftl"), "a: 1\nb: ${applicationNme}\n");
        TemplateRenderer renderer = new TemplateRenderer(Optional.of(templates));

        assertThatThrownBy(() -> renderer.render("application-defaults.yaml.ftl", DEFAULTS))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("application-defaults.yaml.ftl:2: error: column 6: unknown variable "
                        + "'applicationNme'; the model ApplicationDefaults has applicationName, poolSize, maxRequestBody");
    }

    @Test
    void aSyntaxErrorFailsWithTemplateLineAndColumn(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("application-defaults.yaml.ftl"), "a: 1\n<#if>\n");
        TemplateRenderer renderer = new TemplateRenderer(Optional.of(templates));

        assertThatThrownBy(() -> renderer.render("application-defaults.yaml.ftl", DEFAULTS))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("application-defaults.yaml.ftl:2: error: column");
    }

    @Test
    void applicationNameIsKebabCaseOfTheTitle() {
        assertThat(ResourceEmitter.applicationName("Projects API")).isEqualTo("projects-api");
        assertThat(ResourceEmitter.applicationName("  Swagger Petstore - OpenAPI 3.0 ")).isEqualTo("swagger-petstore-openapi-3-0");
        assertThat(ResourceEmitter.applicationName("!!!")).isEqualTo("keel-app");
    }
}
