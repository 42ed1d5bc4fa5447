package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a Docker engine, the step of the generated Dockerfile that matters most: it runs the Dockerfile's own
 * layer extraction against the jar this build made, and checks that every layer the Dockerfile copies exists and
 * that, put together as the image does, they hold the class the ENTRYPOINT starts.
 */
class DockerLayersIT {

    private static final Path DOCKERFILE = Path.of("deploy/Dockerfile");
    private static final Pattern EXTRACT = Pattern.compile("RUN (java -Djarmode=tools -jar app\\.jar extract .*)");
    private static final Pattern LAYER = Pattern.compile("COPY --from=layers /layers/extracted/([a-z-]+)/ \\./");
    private static final Pattern MAIN_CLASS = Pattern.compile("\"([a-z.]+\\.[A-Z]\\w+)\"\\]$");

    @TempDir
    Path layers;

    @Test
    void theDockerfilesExtractionGivesEveryLayerItCopiesAndTheLauncherItStarts() throws Exception {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        String extract = lines.stream().map(EXTRACT::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new AssertionError("no layer extraction in " + DOCKERFILE));
        List<String> copied = lines.stream().map(LAYER::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
        String jar = jarTheDockerfileCopies(lines);

        List<String> command = new ArrayList<>(List.of(extract.replace("app.jar", jar).split(" ")));
        command.set(command.indexOf("--destination") + 1, layers.toString());
        run(command);

        assertThat(copied).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        for (String layer : copied) {
            assertThat(layers.resolve(layer)).as("layer " + layer).isDirectory();
        }
        assertThat(layers.resolve("dependencies/BOOT-INF/lib")).isNotEmptyDirectory();
        assertThat(layers.resolve("application/BOOT-INF/classes/dev/keel/sample/ProjectsApiApplication.class"))
                .isRegularFile();
        String entrypoint = lines.stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        Matcher main = MAIN_CLASS.matcher(entrypoint);
        assertThat(main.find()).as(entrypoint).isTrue();
        assertThat(layers.resolve("spring-boot-loader/" + main.group(1).replace('.', '/') + ".class")).isRegularFile();
    }

    /** The jar of {@code COPY --from=build /workspace/target/<jar> app.jar}, as this build made it. */
    private static String jarTheDockerfileCopies(List<String> lines) {
        String copy = lines.stream().filter(l -> l.startsWith("COPY --from=build ")).findFirst().orElseThrow();
        Path jar = Path.of(copy.split(" ")[2].replace("/workspace/", ""));
        assertThat(jar).as("the jar the Dockerfile copies, built by this module").isRegularFile();
        return jar.toString();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        List<String> withJava = new ArrayList<>(command);
        withJava.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(withJava).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("extraction finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", withJava) + "\n" + output).isZero();
    }
}
