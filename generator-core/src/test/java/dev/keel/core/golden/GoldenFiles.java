package dev.keel.core.golden;

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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * One contract's generated files kept under a golden directory: compared byte for byte, rewritten when the
 * build runs with {@code -Dkeel.golden.update=true}, and compiled.
 *
 * @param kept which generated files (by relative path) the golden directory holds
 */
record GoldenFiles(Path spec, String basePackage, Path golden, Predicate<String> kept) {

    static final String UPDATE = "keel.golden.update";

    List<GeneratedFile> generate(Diagnostics diagnostics) {
        ApiModel api = new OpenApiReader().read(spec, diagnostics);
        diagnostics.throwIfErrors("read contract");
        KeelConfig config = new KeelConfig(spec, List.of(), basePackage, Path.of("unused"), Optional.empty());
        return Keel.emit(new EmitContext(api, config));
    }

    List<GeneratedFile> generate() {
        return generate(new Diagnostics());
    }

    /** Rewrites the golden files when asked, then asserts the generated files are exactly them. */
    void assertMatches(List<GeneratedFile> generated) throws IOException {
        List<GeneratedFile> files = generated.stream().filter(file -> kept.test(file.relativePath())).toList();
        if (Boolean.getBoolean(UPDATE)) {
            rewrite(files);
        }
        Set<String> generatedPaths = files.stream().map(GeneratedFile::relativePath)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(generatedPaths)
                .as("generated files vs golden files (-D%s=true rewrites them)", UPDATE)
                .isEqualTo(goldenPaths());
        for (GeneratedFile file : files) {
            assertThat(file.contentAsString())
                    .as("%s differs from its golden file (-D%s=true rewrites it)", file.relativePath(), UPDATE)
                    .isEqualTo(Files.readString(golden.resolve(file.relativePath())));
        }
    }

    /** The golden Java sources, with the other generated Java sources they need, compiled. */
    Compilation compileWith(List<GeneratedFile> generated) throws IOException {
        List<JavaFileObject> sources;
        try (Stream<Path> paths = Files.walk(golden.resolve("java"))) {
            sources = new java.util.ArrayList<>(paths.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(this::source).toList());
        }
        assertThat(sources).isNotEmpty();
        generated.stream()
                .filter(file -> file.relativePath().endsWith(".java") && !kept.test(file.relativePath()))
                .map(file -> JavaFileObjects.forSourceString(qualifiedName(file.relativePath()),
                        file.contentAsString()))
                .forEach(sources::add);
        return Compiler.javac().withOptions("-Xlint:none", "-parameters").compile(sources);
    }

    private Set<String> goldenPaths() throws IOException {
        if (!Files.isDirectory(golden)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(golden)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> golden.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void rewrite(List<GeneratedFile> files) throws IOException {
        if (Files.isDirectory(golden)) {
            try (Stream<Path> paths = Files.walk(golden)) {
                for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (GeneratedFile file : files) {
            Path target = golden.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    private JavaFileObject source(Path path) {
        try {
            String relative = "java/" + golden.resolve("java").relativize(path).toString().replace('\\', '/');
            return JavaFileObjects.forSourceString(qualifiedName(relative), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String qualifiedName(String relativePath) {
        return relativePath.substring("java/".length()).replace('/', '.').replaceAll("\\.java$", "");
    }
}
