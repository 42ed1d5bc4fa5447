package dev.keel.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code src/main/scripts/keel} picks the archive that serves the JDK it starts: an AOT cache on JDK 25
 * and later, a class-data archive before that, the DDL variant with {@code --schema}, and none that is stale. The JDK
 * here is a stand-in whose {@code java} prints the flags it was given.
 */
class LauncherScriptTest {

    private static final Path LAUNCHER = Path.of("src/main/scripts/keel");

    @TempDir
    Path temp;

    private Path jar;

    @BeforeEach
    void placeJar() throws IOException {
        jar = Files.writeString(temp.resolve("keel-cli.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
    }

    @Test
    void jdk25UsesTheAotCacheAndJdk17TheClassDataArchive() throws Exception {
        Path aot = archive("keel-cli.aot");
        Path jsa = archive("keel-cli.jsa");

        assertThat(launch(jdk("25.0.1"), "generate")).contains("-XX:AOTCache=" + aot).doesNotContain("SharedArchive");
        assertThat(launch(jdk("17.0.15"), "generate")).contains("-XX:SharedArchiveFile=" + jsa)
                .doesNotContain("AOTCache");
        assertThat(launch(jdk("26-ea"), "generate")).contains("-XX:AOTCache=" + aot);
    }

    @Test
    void aRunWithDdlUsesTheSchemaVariant() throws Exception {
        archive("keel-cli.aot");
        Path schemaAot = archive("keel-cli-schema.aot");

        assertThat(launch(jdk("25"), "generate", "--schema", "schema.sql")).contains("-XX:AOTCache=" + schemaAot);
    }

    @Test
    void jdk25WithoutAnAotCacheFallsBackToTheArchiveAndAStaleOneIsSkipped() throws Exception {
        Path jsa = archive("keel-cli.jsa");

        assertThat(launch(jdk("25.0.1"), "generate")).contains("-XX:SharedArchiveFile=" + jsa);

        Files.setLastModifiedTime(jsa, FileTime.fromMillis(1_000L));
        assertThat(launch(jdk("25.0.1"), "generate")).doesNotContain("SharedArchiveFile").doesNotContain("AOTCache")
                .contains("-jar " + jar);
    }

    @Test
    void aJdkWithoutAReleaseFileGetsNoAotCache() throws Exception {
        archive("keel-cli.aot");
        Path jsa = archive("keel-cli.jsa");
        Path home = jdk("25");
        Files.delete(home.resolve("release"));

        assertThat(launch(home, "generate")).contains("-XX:SharedArchiveFile=" + jsa).doesNotContain("AOTCache");
    }

    @Test
    void aContractOf200KbOrMoreStartsWithALargerOldGeneration() throws Exception {
        Path small = Files.writeString(temp.resolve("small.yaml"), "openapi: 3.0.3\n");
        Path large = Files.writeString(temp.resolve("large.yaml"), "#" + " ".repeat(204_800) + "\n");

        assertThat(launch(jdk("17.0.15"), "generate", "--spec", small.toString()))
                .contains("-Xms16m").doesNotContain("-Xms32m").doesNotContain("NewSize");
        assertThat(launch(jdk("17.0.15"), "generate", "--spec", large.toString(), "--out", "out"))
                .contains("-Xms32m -XX:NewSize=5m").doesNotContain("-Xms16m");
        assertThat(launch(jdk("25"), "generate", "--out", "out", "--spec", "missing.yaml")).contains("-Xms16m");
    }

    private Path archive(String name) throws IOException {
        Path archive = Files.writeString(temp.resolve(name), "archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000_000_000L));
        return archive;
    }

    /** A JDK home whose release file names {@code version} and whose java prints its arguments. */
    private Path jdk(String version) throws IOException {
        Path home = Files.createDirectories(temp.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private String launch(Path javaHome, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("KEEL_CLI_JAR", jar.toString());
        builder.environment().remove("KEEL_JAVA_OPTS");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.trim();
    }
}
