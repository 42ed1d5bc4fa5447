package dev.keel.core.emit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated Dockerfile read instruction by instruction, as Docker would read it. */
class DockerfileTest {

    private final DeploymentFiles files = DeploymentFiles.ofSample(Optional.empty());
    private final List<String> instructions = files.dockerInstructions();

    @Test
    void buildsWithMavenThenRunsOnAJreOnly() {
        List<String> stages = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();

        assertThat(stages.get(0)).isEqualTo("FROM maven:3.9-eclipse-temurin-17 AS build");
        assertThat(stages.get(stages.size() - 1)).isEqualTo("FROM eclipse-temurin:17-jre");
        assertThat(instructions).anySatisfy(i -> assertThat(i).startsWith("RUN ").contains("mvn -B -ntp -DskipTests package"));
        assertThat(instructions).contains("COPY --from=build /workspace/target/keel-sample-app.jar app.jar");
    }

    @Test
    void runsTheLayersSpringBootExtractsWithItsLauncher() {
        assertThat(instructions).anySatisfy(i -> assertThat(i).isEqualTo(
                "RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted"));
        List<String> layers = finalStage().stream().filter(i -> i.startsWith("COPY --from=layers "))
                .map(i -> i.replaceAll("COPY --from=layers /layers/extracted/([a-z-]+)/ \\./", "$1")).toList();
        // Least often changed first, so a code change rebuilds only the last layer.
        assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(entrypoint()).endsWith("\"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @Test
    void runsAsANumericNonRootUserBeforeTheEntrypoint() {
        List<String> last = finalStage();
        String user = last.stream().filter(i -> i.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        Matcher ids = Pattern.compile("USER (\\d+):(\\d+)").matcher(user);

        assertThat(ids.matches()).as(user).isTrue();
        assertThat(Integer.parseInt(ids.group(1))).isPositive();
        assertThat(Integer.parseInt(ids.group(2))).isPositive();
        assertThat(last.indexOf(user)).isLessThan(last.indexOf(entrypoint()));
        assertThat(last).anySatisfy(i -> assertThat(i).startsWith("RUN ")
                .contains("useradd --system --uid " + ids.group(1)));
    }

    @Test
    void checksHealthOnActuatorsEndpointWithACurlItInstalls() {
        String healthcheck = finalStage().stream().filter(i -> i.startsWith("HEALTHCHECK ")).findFirst().orElseThrow();

        assertThat(healthcheck).contains("CMD curl -fsS http://localhost:8080/health");
        assertThat(finalStage()).anySatisfy(i -> assertThat(i).contains("apt-get install -y --no-install-recommends curl"));
        assertThat(finalStage()).contains("EXPOSE 8080");
    }

    @Test
    void sizesTheHeapFromTheContainersMemoryLimit() {
        assertThat(entrypoint()).startsWith("ENTRYPOINT [\"java\", ").contains("\"-XX:MaxRAMPercentage=75.0\"")
                .contains("\"-XX:+ExitOnOutOfMemoryError\"");
    }

    @Test
    void ignoreFileKeepsBuildOutputAndSecretsOutOfTheContext() {
        List<String> ignored = files.text("Dockerfile.dockerignore").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(ignored).contains("**/target/", ".git/", "**/.env");
        assertThat(files.text(".gitignore").lines()).contains(".env");
    }

    private List<String> finalStage() {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return instructions.subList(last, instructions.size());
    }

    private String entrypoint() {
        return finalStage().stream().filter(i -> i.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
    }
}
