package dev.keel.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user calls it: exit codes, messages, and a written project that Maven builds. */
class KeelCliTest {

    private static final Path SAMPLE = Path.of("../sample-specs/projects");
    private static final Path DANGLING_REF = Path.of("src/test/resources/specs/dangling-ref.yaml");

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new KeelCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: java -jar keel-cli.jar generate --spec FILE --out DIR");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badArgumentsExitTwoWithTheProblemAndTheUsage() {
        String spec = SAMPLE.resolve("openapi.yaml").toString();
        String out = temp.resolve("app").toString();
        assertUsageError(run(), "no command given");
        assertUsageError(run("build", "--spec", spec), "unknown command 'build'");
        assertUsageError(run("generate", "--out", out), "--spec is required");
        assertUsageError(run("generate", "--spec", spec), "--out is required");
        assertUsageError(run("generate", "--spec", spec, "--out"), "--out needs a value");
        assertUsageError(run("generate", "--spec", "no-such.yaml", "--out", out), "--spec no-such.yaml: no such file");
        assertUsageError(run("generate", "--spec", spec, "--out", out, "--schema", "none.sql"),
                "--schema none.sql: no such file");
        assertUsageError(run("generate", "--spec", spec, "--out", out, "--package", "com.example.2app"),
                "--package 'com.example.2app' is not a Java package name");
        assertUsageError(run("generate", "--spec", spec, "--out", out, "--verbose"), "unknown option '--verbose'");
        assertUsageError(run("generate", "--spec", spec, "--spec", spec, "--out", out), "--spec is given twice");
        assertThat(temp.resolve("app")).doesNotExist();
    }

    private static void assertUsageError(Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("keel: " + message).contains("Usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenContractExitsOneWithLocatedErrorsNoStackTraceAndWritesNothing() throws IOException {
        Path out = temp.resolve("app");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");

        Run run = run("generate", "--spec", DANGLING_REF.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("dangling-ref\\.yaml:15: error: .*Missing");
        assertThat(run.err()).doesNotContainPattern("(?m)^\\s+at [a-z]").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("keep.txt"));
        }
    }

    @Test
    void equalsFormOfOptionsIsAccepted() {
        Path out = temp.resolve("app");
        Run run = run("generate", "--spec=" + SAMPLE.resolve("openapi.yaml"), "--out=" + out, "--package=com.example.p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("src/main/java/com/example/p/api/ProjectsController.java")).isRegularFile();
    }

    /**
     * The sample contract with its DDL becomes a project that Maven compiles on its own, offline: every library the
     * generated code needs is in the written pom. A second run changes nothing and keeps the user's pom.
     */
    @Test
    void sampleProjectIsWrittenAndCompilesWithMaven() throws Exception {
        Path out = temp.resolve("projects-app");
        Run run = run("generate", "--spec", SAMPLE.resolve("openapi.yaml").toString(),
                "--schema", SAMPLE.resolve("schema.sql").toString(), "--out", out.toString(),
                "--package", "com.example.projects");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^Keel: 11 operations, 17 schemas; files \\d+ written, 0 unchanged, "
                + "0 removed; new migration V1__keel_create_schema.sql in \\d+ ms$");
        assertThat(run.err()).contains("warning: skipped 'ALTER TABLE projects ENABLE ROW LEVEL SECURITY'");
        assertThat(out.resolve("src/main/java/com/example/projects/ProjectsApiApplication.java")).isRegularFile();
        assertThat(out.resolve("src/main/resources/db/migration/V1__keel_create_schema.sql")).isRegularFile();
        String pom = Files.readString(out.resolve("pom.xml"));
        assertThat(pom).startsWith("<?xml").contains("<groupId>com.example.projects</groupId>",
                "<artifactId>projects-app</artifactId>", "<jooq.version>", "<artifactId>bucket4j_jdk17-lettuce</artifactId>");

        mavenCompile(out);
        assertThat(out.resolve("target/classes/com/example/projects/api/ProjectsController.class")).isRegularFile();

        Files.writeString(out.resolve("pom.xml"), pom.replace("<version>0.1.0-SNAPSHOT</version>",
                "<version>2.0.0</version>"));
        Run again = run("generate", "--spec", SAMPLE.resolve("openapi.yaml").toString(),
                "--schema", SAMPLE.resolve("schema.sql").toString(), "--out", out.toString(),
                "--package", "com.example.projects");
        assertThat(again.out()).contains("files 0 written").doesNotContain("new migration", "wrote");
        assertThat(Files.readString(out.resolve("pom.xml"))).contains("<version>2.0.0</version>");
    }

    /** {@code mvn -o -q compile} in {@code project}; offline, as the reactor has resolved every library already. */
    static void mavenCompile(Path project) throws IOException, InterruptedException {
        Path log = project.resolve("mvn.log");
        Process maven;
        try {
            maven = new ProcessBuilder("mvn", "-o", "-q", "-B", "compile").directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("mvn is not on the PATH: " + e.getMessage());
            return;
        }
        boolean finished = maven.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            maven.destroyForcibly();
        }
        assertThat(finished).as("mvn compile finished").isTrue();
        assertThat(maven.exitValue()).as(Files.readString(log)).isZero();
    }
}
