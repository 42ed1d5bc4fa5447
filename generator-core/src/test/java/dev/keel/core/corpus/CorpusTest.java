package dev.keel.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real third-party spec of ../shared/corpus generates a project whose sources compile on JDK 17, and again
 * with Temurin 25's javac ({@code --release 17}); a spec Keel cannot take must stop with a diagnostic located in it.
 * What each run produced is written to {@code target/corpus-report.md}.
 */
class CorpusTest {

    private static final Path CORPUS = CorpusLocation.orDefault();
    private static final Path JDK25 = Path.of(System.getProperty("keel.jdk25.home",
            "/usr/lib/jvm/temurin-25-jdk-amd64"));
    private static final Path REPORT = Path.of("target/corpus-report.md");
    private static final Map<String, CorpusRow> ROWS = new TreeMap<>();

    /** Each spec is generated once; both JDK runs compile the same files. */
    private static final Map<String, Optional<Generated>> GENERATED = new TreeMap<>();

    @TempDir
    static Path temp;

    static Stream<String> specs() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS.toAbsolutePath());
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void generatedProjectCompilesOnJdk17(String specName) {
        Optional<Generated> generated = generated(specName);
        if (generated.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Compilation compilation = compile(generated.get().javaFiles());
        long millis = (System.nanoTime() - started) / 1_000_000;

        CompilationSubject.assertThat(compilation).succeeded();
        record(specName, generated.get().row().withJdk17(millis));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void generatedProjectCompilesWithTemurin25(String specName) throws Exception {
        Path javac = JDK25.resolve("bin/javac");
        Assumptions.assumeTrue(Files.isExecutable(javac), "Temurin 25 is absent (no " + javac + "; set -Dkeel.jdk25.home"
                + " to another JDK 25): the JDK 25 compile of the corpus is skipped");
        Optional<Generated> generated = generated(specName);
        if (generated.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        ExternalJavac.Result result = ExternalJavac.compile(javac, generated.get().javaFiles(),
                temp.resolve(specName).resolve("classes25"));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(result.exitCode()).as("javac 25 on " + specName + ":\n" + result.output()).isZero();
        record(specName, generated.get().row().withJdk25(millis));
    }

    record Generated(CorpusRow row, List<Path> javaFiles) {
    }

    private static synchronized Optional<Generated> generated(String specName) {
        return GENERATED.computeIfAbsent(specName, CorpusTest::generateOrStopLocated);
    }

    /** Generates {@code specName} as the command line does; empty when Keel stopped with located errors. */
    private static Optional<Generated> generateOrStopLocated(String specName) {
        Path spec = CORPUS.resolve(specName);
        Path sources = temp.resolve(specName).resolve("project/src/main");
        KeelConfig config = new KeelConfig(spec, List.of(), "com.example.corpus", sources, Optional.empty());
        GenerationResult result;
        try {
            result = new Keel().generate(config);
        } catch (GenerationFailedException e) {
            Diagnostic first = e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            for (Diagnostic diagnostic : e.diagnostics()) {
                if (diagnostic.isError()) {
                    assertThat(diagnostic.file()).endsWith(specName);
                    assertThat(diagnostic.line()).as(diagnostic.format()).isPositive();
                }
            }
            record(specName, CorpusRow.stopped(specName, first.format()));
            return Optional.empty();
        }
        List<Path> javaFiles = written(config.javaDirectory());
        assertThat(javaFiles).isNotEmpty();
        CorpusRow row = CorpusRow.generated(specName, result.operations(), result.schemas(),
                result.files().written().size(), lines(written(sources)), result.millis());
        return Optional.of(new Generated(row, javaFiles.stream().filter(p -> p.toString().endsWith(".java")).toList()));
    }

    private static synchronized void record(String specName, CorpusRow measured) {
        ROWS.merge(specName, measured, CorpusRow::merge);
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (ROWS.isEmpty()) {
            return;
        }
        String table = CorpusRow.table(ROWS.values());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "# Keel on the corpus\n\n" + table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    private static List<Path> written(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(List<Path> files) {
        long lines = 0;
        for (Path file : files) {
            try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
                lines += text.count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static Compilation compile(List<Path> files) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Compiler.javac().withOptions("-Xlint:none", "-parameters", "--release", "17").compile(sources);
    }

    /** javac of another JDK in a subprocess, over the test's class path (the libraries a generated app uses). */
    static final class ExternalJavac {

        record Result(int exitCode, String output) {
        }

        static Result compile(Path javac, List<Path> sources, Path classes) throws IOException, InterruptedException {
            Files.createDirectories(classes);
            Path arguments = classes.resolveSibling("javac-arguments.txt");
            List<String> lines = new ArrayList<>(List.of("--release", "17", "-parameters", "-Xlint:none", "-nowarn",
                    "-proc:none", "-d", quoted(classes.toString()), "-cp", quoted(testClassPath())));
            sources.forEach(source -> lines.add(quoted(source.toString())));
            Files.write(arguments, lines, StandardCharsets.UTF_8);
            Path log = classes.resolveSibling("javac.log");
            Process process = new ProcessBuilder(javac.toString(), "-J-Xmx1g", "@" + arguments)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, "javac did not finish in 10 minutes");
            }
            return new Result(process.exitValue(), Files.readString(log));
        }

        private static String testClassPath() {
            return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        }

        private static String quoted(String argument) {
            return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
