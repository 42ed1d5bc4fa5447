package dev.keel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Keel#generate} adds when DDL files are given, and what it leaves alone when none are. */
class KeelDataGenerationTest {

    private static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");
    private static final Path DDL = Path.of("../sample-specs/projects/schema.sql");

    @TempDir
    Path output;

    @Test
    void withoutDdlOnlyTheApiLayerIsWrittenAndNothingIsBound() throws IOException {
        GenerationResult result = generate(SPEC, List.of());

        assertThat(files()).noneMatch(path -> path.contains("/db/") || path.contains("/data/")
                || path.contains("OwnerResolver") || path.contains("META-INF/spring/"));
        assertThat(result.describeBindings()).isEqualTo("No schema of the contract is bound to a table.");
    }

    @Test
    void withTheSampleDdlTableClassesAndTheDataLayerAreWritten() throws IOException {
        GenerationResult result = generate(SPEC, List.of(DDL));

        assertThat(files()).contains(
                "java/com/example/app/db/tables/Projects.java",
                "java/com/example/app/data/ProjectRepository.java",
                "java/com/example/app/data/KeelDataAutoConfiguration.java",
                "java/com/example/app/support/OwnerResolver.java",
                "resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        assertThat(result.describeBindings()).contains("ProjectPatch -> projects", "  status -> projects.status");
        assertThat(result.warnings()).extracting(Diagnostic::message)
                .anyMatch(message -> message.startsWith("skipped 'CREATE POLICY"));
        assertThat(result.warnings()).as("the DDL's warnings once, not once per reading")
                .filteredOn(warning -> warning.message().startsWith("skipped 'CREATE POLICY")).hasSize(1);
    }

    @Test
    void aBindingErrorStopsTheRunBeforeAnythingIsWritten(@TempDir Path inputs) throws IOException {
        Path ddl = inputs.resolve("schema.sql");
        Files.writeString(ddl, Files.readString(DDL).replace("description TEXT,", "summary TEXT,"));

        GenerationFailedException failure = catchThrowableOfType(GenerationFailedException.class,
                () -> generate(SPEC, List.of(ddl)));

        assertThat(failure.getMessage()).startsWith("Keel stopped in stage 'bind contract to tables'");
        assertThat(failure.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::pointer)
                .contains("/components/schemas/Project/properties/description",
                        "/components/schemas/ProjectCreate/properties/description");
        assertThat(failure.getMessage()).contains("openapi.yaml:", "projects.description");
        assertThat(files()).isEmpty();
    }

    @Test
    void aMySqlSchemaGetsTableClassesButNoDataLayer(@TempDir Path inputs) throws IOException {
        Path ddl = inputs.resolve("schema.sql");
        Files.writeString(ddl, """
                CREATE TABLE memos (
                  id BIGINT AUTO_INCREMENT PRIMARY KEY,
                  heading VARCHAR(80) NOT NULL,
                  slug VARCHAR(40) NOT NULL UNIQUE,
                  priority INT NOT NULL DEFAULT 2,
                  version INT NOT NULL DEFAULT 0,
                  modified_on DATETIME
                );
                """);

        GenerationResult result = generate(Path.of("src/test/resources/data/notes.yaml"), List.of(ddl));

        assertThat(files()).contains("java/com/example/app/db/tables/Memos.java")
                .noneMatch(path -> path.contains("/data/"));
        assertThat(result.warnings()).extracting(Diagnostic::message)
                .contains("The data layer is generated for PostgreSQL only; for MYSQL Keel generates the table "
                        + "classes, and the CRUD operations keep the handlers' 501 default");
        assertThat(result.describeBindings()).startsWith("Note -> memos (resource; key id");
    }

    private GenerationResult generate(Path spec, List<Path> ddl) {
        return new Keel().generate(new KeelConfig(spec, ddl, "com.example.app", output, Optional.empty()));
    }

    private List<String> files() throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(output)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> output.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
