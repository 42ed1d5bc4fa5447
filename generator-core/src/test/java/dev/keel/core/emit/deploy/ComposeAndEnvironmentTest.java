package dev.keel.core.emit.deploy;

import static dev.keel.core.emit.deploy.DeploymentFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compose.yaml and .env.example, parsed, against the variables the generated application reads. */
class ComposeAndEnvironmentTest {

    private final DeploymentFiles files = DeploymentFiles.ofSample(Optional.empty());

    @Test
    void appStartsAfterHealthyPostgresAndRedisAndTalksToThem() {
        Map<String, Object> compose = files.yaml("compose.yaml");

        assertThat((Map<String, Object>) at(compose, "services")).containsOnlyKeys("app", "postgres", "redis");
        assertThat((String) at(compose, "services", "app", "depends_on", "postgres", "condition")).isEqualTo("service_healthy");
        assertThat((String) at(compose, "services", "app", "depends_on", "redis", "condition")).isEqualTo("service_healthy");
        assertThat(String.valueOf((Object) at(compose, "services", "postgres", "healthcheck", "test"))).contains("pg_isready");
        assertThat(String.valueOf((Object) at(compose, "services", "redis", "healthcheck", "test"))).contains("redis-cli", "ping");
        assertThat(String.valueOf((Object) at(compose, "services", "app", "healthcheck", "test"))).contains("localhost:8080/health");

        Map<String, String> env = at(compose, "services", "app", "environment");
        String database = at(compose, "services", "postgres", "environment", "POSTGRES_DB");
        assertThat(env).containsEntry("KEEL_DB_URL", "jdbc:postgresql://postgres:5432/" + database)
                .containsEntry("KEEL_REDIS_URL", "redis://redis:6379")
                .containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        // The database and the app share one password, which compose refuses to start without.
        assertThat(env.get("KEEL_DB_PASSWORD")).startsWith("${KEEL_DB_PASSWORD:?");
        assertThat((String) at(compose, "services", "postgres", "environment", "POSTGRES_PASSWORD"))
                .startsWith("${KEEL_DB_PASSWORD:?");
        assertThat(env.get("KEEL_JWT_SECRET")).startsWith("${KEEL_JWT_SECRET:?");
    }

    @Test
    void buildsTheProjectRootWithTheGeneratedDockerfile() {
        Map<String, Object> compose = files.yaml("compose.yaml");

        assertThat((String) at(compose, "services", "app", "build", "context")).isEqualTo("..");
        assertThat((String) at(compose, "services", "app", "build", "dockerfile")).isEqualTo("deploy/Dockerfile");
        assertThat((String) at(compose, "services", "app", "ports", "0")).isEqualTo("8080:8080");
    }

    @Test
    void everyVariableTheApplicationReadsIsInEnvExampleComposeAndKubernetes() {
        Set<String> read = mentionedVariables(files);

        assertThat(read).contains("KEEL_DB_URL", "KEEL_DB_USER", "KEEL_DB_PASSWORD", "KEEL_REDIS_URL",
                "KEEL_JWT_SECRET", "KEEL_JWT_PUBLIC_KEY", "KEEL_JWT_PRIVATE_KEY");
        assertThat(envExampleKeys(files)).isEqualTo(read);
        Map<String, String> composeEnv = at(files.yaml("compose.yaml"), "services", "app", "environment");
        assertThat(composeEnv.keySet()).containsAll(read);
        assertThat(KubernetesManifestsTest.variablesOfThePod(files)).containsAll(read);
    }

    @Test
    void aVariableATemplateStartsReadingReachesEveryFile(@TempDir Path templates) throws IOException {
        String defaults = new String(getClass().getResourceAsStream("/dev/keel/templates/application-defaults.yaml.ftl")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("application-defaults.yaml.ftl"), defaults
                + "<#noparse>\nfeature:\n  token: ${KEEL_FEATURE_TOKEN:}\n</#noparse>\n");

        DeploymentFiles custom = DeploymentFiles.ofSample(Optional.of(templates));

        assertThat(envExampleKeys(custom)).contains("KEEL_FEATURE_TOKEN");
        Map<String, String> composeEnv = at(custom.yaml("compose.yaml"), "services", "app", "environment");
        assertThat(composeEnv).containsEntry("KEEL_FEATURE_TOKEN", "${KEEL_FEATURE_TOKEN:-}");
        // Its name says secret: it comes from the Secret, not the ConfigMap.
        assertThat(KubernetesManifestsTest.secretVariables(custom)).contains("KEEL_FEATURE_TOKEN");
        assertThat((Map<String, Object>) at(custom.yaml("k8s/configmap.yaml"), "data"))
                .doesNotContainKey("KEEL_FEATURE_TOKEN");
    }

    @Test
    void envExampleLeavesSecretsEmptyAndExplainsEachVariable() {
        String example = files.text(".env.example");

        assertThat(example).contains("\nKEEL_JWT_SECRET=\n", "\nKEEL_DB_PASSWORD=\n");
        for (String line : example.lines().filter(l -> l.matches("[A-Z_]+=.*")).toList()) {
            int index = example.indexOf("\n" + line + "\n");
            String comment = example.substring(example.lastIndexOf('\n', index - 1) + 1, index);
            assertThat(comment).as("comment above " + line).startsWith("# ").hasSizeGreaterThan(10);
        }
    }

    /** Every KEEL_ name the generated code and configuration mention, found independently of the emitter. */
    static Set<String> mentionedVariables(DeploymentFiles files) {
        Pattern name = Pattern.compile("KEEL_[A-Z0-9_]*[A-Z0-9]");
        Set<String> names = new TreeSet<>();
        for (GeneratedFile file : files.application()) {
            Matcher matcher = name.matcher(file.contentAsString());
            while (matcher.find()) {
                names.add(matcher.group());
            }
        }
        return names;
    }

    static Set<String> envExampleKeys(DeploymentFiles files) {
        return files.text(".env.example").lines().filter(line -> line.matches("[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('='))).collect(Collectors.toCollection(TreeSet::new));
    }
}
