package dev.keel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.GenerationResult;
import dev.keel.core.config.DeploymentConfig;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.write.WriteReport;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

    @TempDir
    Path basedir;

    private final GenerateMojo mojo = new GenerateMojo();
    private final MavenProject project = new MavenProject();
    private final RecordingLog log = new RecordingLog();
    private File spec;
    private Path output;

    @BeforeEach
    void configureLikeMaven() throws IOException {
        spec = Files.writeString(basedir.resolve("openapi.yaml"),
                "openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\npaths: {}\n").toFile();
        output = basedir.resolve("target/generated-sources/keel");
        inject("project", project);
        inject("spec", spec);
        inject("basePackage", "com.example.app");
        inject("outputDirectory", output.toFile());
        mojo.setLog(log);
    }

    @Test
    void eachParameterFieldLandsInItsOwnConfigField() throws IOException {
        File tables = Files.writeString(basedir.resolve("tables.sql"), "create table t (id int);\n").toFile();
        File templates = Files.createDirectory(basedir.resolve("templates")).toFile();
        inject("schema", List.of(tables));
        inject("templateDirectory", templates);

        KeelConfig config = mojo.config();

        assertThat(config).isEqualTo(new KeelConfig(spec.toPath(), List.of(tables.toPath()), "com.example.app",
                output, Optional.of(templates.toPath())));
    }

    @Test
    void deploymentParametersNameTheDirectoryTheBuildContextAndTheJar() {
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setFinalName("notes-app");
        inject("deploy", true);
        inject("deployDirectory", basedir.resolve("deploy").toFile());

        DeploymentConfig deployment = mojo.config().deployment().orElseThrow();

        assertThat(deployment).isEqualTo(new DeploymentConfig(basedir.resolve("deploy"), basedir, "notes-app.jar"));
    }

    @Test
    void deployFalseWritesNoDeploymentFiles() {
        inject("deploy", false);
        inject("deployDirectory", basedir.resolve("deploy").toFile());

        assertThat(mojo.config().deployment()).isEmpty();
    }

    @Test
    void skipWritesNothingAddsNoSourceRootAndSaysSo() throws Exception {
        inject("skip", true);
        inject("spec", basedir.resolve("missing.yaml").toFile());

        mojo.execute();

        assertThat(log.lines).containsExactly("info: Keel: skipped (keel.skip is true)");
        assertThat(project.getCompileSourceRoots()).isEmpty();
        assertThat(project.getResources()).isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void missingSpecFailsTheBuildWithTheLocatedMessageAndNoCause() throws Exception {
        File missing = basedir.resolve("api/openapi.yaml").toFile();
        inject("spec", missing);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasNoCause()
                .hasMessage("Keel stopped in stage 'check plugin parameters' with 1 error; nothing was written:\n  "
                        + missing.getPath() + ": error: file not found; <spec> (property keel.spec) must name the"
                        + " OpenAPI contract");
        assertThat(output).doesNotExist();
        assertThat(project.getCompileSourceRoots()).isEmpty();
    }

    @Test
    void anUnexpectedProblemIsAnExecutionErrorThatKeepsItsCause() throws Exception {
        Files.createDirectories(output.getParent());
        Files.writeString(output, "a file where the output directory should be");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Keel failed unexpectedly while generating from " + spec)
                .hasCauseInstanceOf(RuntimeException.class);
        assertThat(project.getCompileSourceRoots()).isEmpty();
    }

    @Test
    void generatedJavaAndResourcesJoinTheBuildOnceEvenWhenTheGoalRunsTwice() {
        KeelConfig config = mojo.config();

        mojo.registerOutput(config);
        mojo.registerOutput(config);

        assertThat(project.getCompileSourceRoots()).containsExactly(output.resolve("java").toString());
        assertThat(project.getResources()).extracting(Resource::getDirectory)
                .containsExactly(output.resolve("resources").toString());
    }

    @Test
    void testOutputDirectoryMapsToTheConfigAndItsJavaFolderBecomesATestSourceRootOnce() {
        Path tests = basedir.resolve("target/generated-test-sources/keel");
        inject("testOutputDirectory", tests.toFile());

        KeelConfig config = mojo.config();
        mojo.registerOutput(config);
        mojo.registerOutput(config);

        assertThat(config.testOutputDirectory()).contains(tests);
        assertThat(config.outputDirectory()).isEqualTo(output);
        assertThat(project.getTestCompileSourceRoots()).containsExactly(tests.resolve("java").toString());
        assertThat(project.getCompileSourceRoots()).containsExactly(output.resolve("java").toString());
    }

    @Test
    void withoutTestOutputDirectoryNoTestsAndNoTestSourceRoot() {
        KeelConfig config = mojo.config();
        mojo.registerOutput(config);

        assertThat(config.testOutputDirectory()).isEmpty();
        assertThat(project.getTestCompileSourceRoots()).isEmpty();
    }

    @Test
    void reportLogsEachWarningAsAMavenWarningThenExactlyOneSummaryLine() {
        Diagnostic warning = Diagnostic.warning("openapi.yaml", 7, "/paths/~1notes/get", "no 2xx response");
        GenerationResult result = new GenerationResult(3, 2,
                new WriteReport(List.of("java/A.java", "java/B.java"), List.of("java/C.java"), List.of()),
                List.of(warning), 42);

        mojo.report(result);

        assertThat(log.lines).containsExactly(
                "warn: openapi.yaml:7: warning: no 2xx response [#/paths/~1notes/get]",
                "info: Keel: 3 operations, 2 schemas; files 2 written, 1 unchanged, 0 removed in 42 ms");
    }

    /** Sets a parameter field by name, the way Maven injects it. */
    private void inject(String name, Object value) {
        try {
            Field field = field(GenerateMojo.class, name);
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("GenerateMojo has no parameter field " + name, e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            if (type.getSuperclass() == null) {
                throw e;
            }
            return field(type.getSuperclass(), name);
        }
    }

    private static final class RecordingLog extends SystemStreamLog {

        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("info: " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn: " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("error: " + content);
        }
    }
}
