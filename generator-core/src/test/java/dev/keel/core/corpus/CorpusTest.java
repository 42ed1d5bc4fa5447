package dev.keel.core.corpus;

import com.google.testing.compile.CompilationSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.diag.GenerationFailedException;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real third-party specs from ../shared/corpus: each generates code that compiles, or stops located. */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("keel.corpus.dir", "../../shared/corpus"));

    @ParameterizedTest
    @ValueSource(strings = {"01-oai-petstore-expanded.yaml", "02-oai-uspto.yaml", "03-swagger-petstore-v3.yaml"})
    void generatedSourcesCompile(String specName) {
        Compilation compilation = compile(generate(corpusSpec(specName)));

        CompilationSubject.assertThat(compilation).succeeded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"04-train-travel.yaml", "06-twilio-messaging-v1.yaml", "09-github-api-2022-06.json"})
    void generatedSourcesCompileOrGenerationStopsLocated(String specName) {
        Path spec = corpusSpec(specName);
        List<GeneratedFile> files;
        try {
            files = generate(spec);
        } catch (GenerationFailedException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                if (diagnostic.isError()) {
                    assertThat(diagnostic.file()).endsWith(specName);
                    assertThat(diagnostic.line()).as(diagnostic.format()).isPositive();
                }
            }
            return;
        }
        CompilationSubject.assertThat(compile(files)).succeeded();
    }

    private static Path corpusSpec(String name) {
        Path spec = CORPUS.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(spec), "corpus not present at " + CORPUS.toAbsolutePath());
        return spec;
    }

    private static List<GeneratedFile> generate(Path spec) {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api;
        try {
            api = new OpenApiReader().read(spec, diagnostics);
        } catch (RuntimeException e) {
            if (e instanceof GenerationFailedException) {
                throw e;
            }
            return fail("the reader threw instead of reporting a diagnostic", e);
        }
        diagnostics.throwIfErrors("read contract");
        KeelConfig config = new KeelConfig(spec, List.of(), "com.example.corpus", Path.of("unused"), Optional.empty());
        return Keel.emit(new EmitContext(api, config));
    }

    private static Compilation compile(List<GeneratedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .filter(f -> f.relativePath().endsWith(".java"))
                .map(f -> JavaFileObjects.forSourceString(
                        f.relativePath().substring("java/".length()).replace('/', '.').replaceAll("\\.java$", ""),
                        f.contentAsString()))
                .toList();
        assertThat(sources).isNotEmpty();
        return Compiler.javac().withOptions("-Xlint:none", "-parameters").compile(sources);
    }
}
