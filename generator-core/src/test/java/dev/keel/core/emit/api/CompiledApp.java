package dev.keel.core.emit.api;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The generated API layer of {@link ProjectsContract} with the hand-written model and user handler, compiled
 * once per test run into a class directory that tests load classes (and class path resources) from.
 */
final class CompiledApp {

    private static CompiledApp shared;

    final List<GeneratedFile> files;
    final Path classes;

    private CompiledApp(List<GeneratedFile> files, Path classes) {
        this.files = files;
        this.classes = classes;
    }

    static synchronized CompiledApp shared() {
        if (shared == null) {
            shared = compile(ProjectsContract.context());
        }
        return shared;
    }

    static List<GeneratedFile> emit(EmitContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        for (JavaEmitter<?> emitter : ApiEmitters.all()) {
            files.addAll(emitter.emit(context));
        }
        dev.keel.core.emit.security.SecurityEmitters.all().forEach(emitter -> files.addAll(emitter.emit(context)));
        return files;
    }

    static CompiledApp compile(EmitContext context) {
        List<GeneratedFile> files = emit(context);
        List<JavaFileObject> sources = new ArrayList<>(HandWrittenSources.model());
        sources.addAll(HandWrittenSources.user());
        for (GeneratedFile file : files) {
            String className = file.relativePath().substring("java/".length()).replace('/', '.')
                    .replaceAll("\\.java$", "");
            sources.add(JavaFileObjects.forSourceString(className, file.contentAsString()));
        }
        Compilation compilation = Compiler.javac().withOptions("-parameters", "-Xlint:none").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        try {
            Path classes = Files.createTempDirectory("keel-api-classes");
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String name = file.getName();
                Path target = classes.resolve(name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
            return new CompiledApp(files, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String source(String simpleName) {
        return files.stream()
                .filter(file -> file.relativePath().endsWith("/" + simpleName + ".java"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not generated: " + simpleName))
                .contentAsString();
    }

    /** A fresh loader over the compiled classes; {@code parent} decides which libraries the app can see. */
    URLClassLoader loader(ClassLoader parent) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String api(String simpleName) {
        return ProjectsContract.BASE_PACKAGE + ".api." + simpleName;
    }

    static String support(String simpleName) {
        return ProjectsContract.BASE_PACKAGE + ".support." + simpleName;
    }

    static String model(String simpleName) {
        return ProjectsContract.BASE_PACKAGE + ".model." + simpleName;
    }
}
