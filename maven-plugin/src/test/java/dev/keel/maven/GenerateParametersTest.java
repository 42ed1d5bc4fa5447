package dev.keel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateParametersTest {

    @TempDir
    Path project;

    private File spec;
    private File tables;
    private File indexes;
    private File templates;

    @BeforeEach
    void createInputs() throws IOException {
        spec = Files.writeString(project.resolve("openapi.yaml"), "openapi: 3.1.0\n").toFile();
        tables = Files.writeString(project.resolve("tables.sql"), "create table t (id int);\n").toFile();
        indexes = Files.writeString(project.resolve("indexes.sql"), "create index i on t (id);\n").toFile();
        templates = Files.createDirectory(project.resolve("templates")).toFile();
    }

    @Test
    void eachParameterLandsInItsOwnConfigField() {
        File output = project.resolve("out").toFile();

        File migrations = project.resolve("migrations").toFile();

        KeelConfig config = new GenerateParameters(spec, List.of(tables, indexes), "com.example.app", output,
                templates, migrations, true).toConfig();

        assertThat(config.spec()).isEqualTo(spec.toPath());
        assertThat(config.schemas()).containsExactly(tables.toPath(), indexes.toPath());
        assertThat(config.basePackage()).isEqualTo("com.example.app");
        assertThat(config.outputDirectory()).isEqualTo(output.toPath());
        assertThat(config.templateDirectory()).contains(templates.toPath());
        assertThat(config.javaDirectory()).isEqualTo(output.toPath().resolve("java"));
        assertThat(config.resourcesDirectory()).isEqualTo(output.toPath().resolve("resources"));
        assertThat(config.migrationDirectory()).contains(migrations.toPath());
        assertThat(config.allowDestructiveMigrations()).isTrue();
    }

    @Test
    void unsetOptionalParametersMeanNoSchemaAndBuiltInTemplates() {
        KeelConfig config = new GenerateParameters(spec, null, "app", project.toFile(), null, null, false).toConfig();

        assertThat(config.schemas()).isEmpty();
        assertThat(config.templateDirectory()).isEmpty();
        assertThat(config.migrationDirectory()).isEmpty();
        assertThat(config.allowDestructiveMigrations()).isFalse();
    }

    @Test
    void missingSpecIsALocatedErrorNamingThePomElement() {
        File missing = project.resolve("api/missing.yaml").toFile();

        assertThatThrownBy(() -> new GenerateParameters(missing, List.of(), "app", project.toFile(), null, null, false).toConfig())
                .isInstanceOfSatisfying(GenerationFailedException.class, e -> {
                    assertThat(e.diagnostics()).extracting(Diagnostic::format).containsExactly(missing.getPath()
                            + ": error: file not found; <spec> (property keel.spec) must name the OpenAPI contract");
                    assertThat(e.getMessage()).contains("'check plugin parameters'", "nothing was written");
                });
    }

    @Test
    void everyBadParameterIsReportedInOneRun() {
        File missingSchema = project.resolve("missing.sql").toFile();
        File missingTemplates = project.resolve("no-templates").toFile();

        assertThatThrownBy(() -> new GenerateParameters(spec, List.of(tables, missingSchema), "com.example.class",
                project.toFile(), missingTemplates, null, false).toConfig())
                .isInstanceOfSatisfying(GenerationFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format)
                        .containsExactly(
                                missingSchema.getPath() + ": error: file not found; <schema> (property keel.schema)"
                                        + " must name a DDL file",
                                missingTemplates.getPath() + ": error: the template directory does not exist; fix"
                                        + " <templateDirectory> (property keel.templateDirectory) or remove it to"
                                        + " use the built-in templates",
                                "pom.xml: error: <basePackage> (property keel.basePackage) 'com.example.class' is"
                                        + " not a Java package name, e.g. com.example.app"));
    }

    @Test
    void aTemplateDirectoryMustBeADirectoryNotAFile() {
        assertThatThrownBy(() -> new GenerateParameters(spec, List.of(), "app", project.toFile(), spec, null, false).toConfig())
                .isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("<templateDirectory>");
    }

    @Test
    void jdbcParametersBecomeTheLiveDatabaseAndNoSchemaIsNeeded() {
        KeelConfig config = new GenerateParameters(spec, null, "app", project.toFile(), null, null, false,
                "jdbc:postgresql://db:5432/app", "keel", "pw").toConfig();

        assertThat(config.schemas()).isEmpty();
        assertThat(config.database()).hasValueSatisfying(database -> {
            assertThat(database.url()).isEqualTo("jdbc:postgresql://db:5432/app");
            assertThat(database.user()).contains("keel");
            assertThat(database.password()).contains("pw");
        });
    }

    @Test
    void withoutJdbcUrlThereIsNoLiveDatabase() {
        KeelConfig config = new GenerateParameters(spec, List.of(tables), "app", project.toFile(), null, null, false,
                null, null, null).toConfig();

        assertThat(config.database()).isEmpty();
        assertThat(config.schemas()).containsExactly(tables.toPath());
    }

    @Test
    void schemaAndJdbcUrlTogetherOrAUserWithoutUrlAreErrorsNamingThePomElements() {
        assertThatThrownBy(() -> new GenerateParameters(spec, List.of(tables), "app", project.toFile(), null, null,
                false, "jdbc:postgresql://db/app", null, "secret").toConfig())
                .isInstanceOfSatisfying(GenerationFailedException.class, e -> {
                    assertThat(e.diagnostics()).extracting(Diagnostic::format).containsExactly("pom.xml: error: "
                            + "<schema> and <jdbcUrl> are both set; the tables come from DDL files or from a live "
                            + "database, so remove one of them");
                    assertThat(e.getMessage()).doesNotContain("secret");
                });
        assertThatThrownBy(() -> new GenerateParameters(spec, null, "app", project.toFile(), null, null, false,
                null, "keel", null).toConfig())
                .isInstanceOf(GenerationFailedException.class).hasMessageContaining("<jdbcUrl> (property keel.jdbcUrl)");
        assertThatThrownBy(() -> new GenerateParameters(spec, null, "app", project.toFile(), null, null, false,
                "postgres://db/app", null, null).toConfig())
                .isInstanceOf(GenerationFailedException.class).hasMessageContaining("must be a JDBC URL");
    }
}
