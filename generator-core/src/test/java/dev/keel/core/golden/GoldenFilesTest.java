package dev.keel.core.golden;

import com.google.testing.compile.CompilationSubject;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of the sample contract, compared byte for byte with the files under
 * {@code src/test/resources/golden/projects}. Run with {@code -Dkeel.golden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
class GoldenFilesTest {

    private static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/projects");

    @Test
    void sampleContractMatchesTheGoldenFiles() throws IOException {
        List<GeneratedFile> files = generate();
        if (Boolean.getBoolean("keel.golden.update")) {
            rewriteGoldenFiles(files);
        }
        Set<String> expectedPaths = goldenPaths();
        Set<String> generatedPaths = files.stream().map(GeneratedFile::relativePath)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(generatedPaths)
                .as("generated files vs golden files (-Dkeel.golden.update=true rewrites them)")
                .isEqualTo(expectedPaths);
        for (GeneratedFile file : files) {
            assertThat(file.contentAsString())
                    .as("%s differs from its golden file (-Dkeel.golden.update=true rewrites it)", file.relativePath())
                    .isEqualTo(Files.readString(GOLDEN.resolve(file.relativePath())));
        }
    }

    @Test
    void goldenSourcesCompile() throws IOException {
        List<JavaFileObject> sources;
        try (Stream<Path> paths = Files.walk(GOLDEN.resolve("java"))) {
            sources = paths.filter(p -> p.toString().endsWith(".java")).sorted().map(GoldenFilesTest::source).toList();
        }
        assertThat(sources).isNotEmpty();

        Compilation compilation = Compiler.javac().withOptions("-Xlint:none", "-parameters").compile(sources);

        CompilationSubject.assertThat(compilation).succeeded();
    }

    @Test
    void generationIsDeterministic() {
        assertThat(generate()).isEqualTo(generate());
    }

    private static List<GeneratedFile> generate() {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(SPEC, diagnostics);
        diagnostics.throwIfErrors("read contract");
        KeelConfig config = new KeelConfig(SPEC, List.of(), "dev.keel.sample", Path.of("unused"), Optional.empty());
        return Keel.emit(new EmitContext(api, config));
    }

    private static Set<String> goldenPaths() throws IOException {
        if (!Files.isDirectory(GOLDEN)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(GOLDEN)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void rewriteGoldenFiles(List<GeneratedFile> files) throws IOException {
        if (Files.isDirectory(GOLDEN)) {
            try (Stream<Path> paths = Files.walk(GOLDEN)) {
                for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (GeneratedFile file : files) {
            Path target = GOLDEN.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    private static JavaFileObject source(Path path) {
        try {
            String relative = GOLDEN.resolve("java").relativize(path).toString().replace('\\', '/');
            return JavaFileObjects.forSourceString(relative.replace('/', '.').replaceAll("\\.java$", ""),
                    Files.readString(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
