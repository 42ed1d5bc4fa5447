package dev.keel.core.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * The model package emitted for a hand-built contract, compiled with javac against the libraries a generated
 * app uses, and loaded so tests can run it: validate it, read and write it with Jackson.
 */
final class CompiledModel {

    private final Map<String, String> sources;
    private final ClassLoader loader;

    private CompiledModel(Map<String, String> sources, ClassLoader loader) {
        this.sources = sources;
        this.loader = loader;
    }

    static CompiledModel of(EmitContext context) {
        List<GeneratedFile> files = ModelEmitters.all().stream()
                .map(emitter -> (JavaEmitter<?>) emitter)
                .flatMap(emitter -> emitter.emit(context).stream())
                .toList();
        Map<String, String> sources = files.stream().collect(Collectors.toMap(
                file -> simpleName(file.relativePath()), GeneratedFile::contentAsString));
        List<JavaFileObject> units = files.stream()
                .map(file -> JavaFileObjects.forSourceString(qualifiedName(file.relativePath()), file.contentAsString()))
                .toList();
        Compilation compilation = Compiler.javac().withOptions("--release", "17", "-Xlint:all", "-Xlint:-processing")
                .compile(units);
        assertThat(compilation.status())
                .as("generated sources compile:%n%s%n%s", compilation.diagnostics(), String.join("\n\n", sources.values()))
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).as("javac warnings in generated code").isEmpty();
        return new CompiledModel(sources, new GeneratedClassLoader(compilation.generatedFiles()));
    }

    String source(String simpleName) {
        assertThat(sources).containsKey(simpleName);
        return sources.get(simpleName);
    }

    Class<?> type(String simpleName) {
        try {
            return Class.forName(ModelFixtures.MODEL_PACKAGE + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + simpleName, e);
        }
    }

    private static String simpleName(String relativePath) {
        String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return fileName.substring(0, fileName.length() - ".java".length());
    }

    private static String qualifiedName(String relativePath) {
        return relativePath.substring("java/".length(), relativePath.length() - ".java".length()).replace('/', '.');
    }

    /** Defines the classes javac wrote to memory; everything else comes from the test class path. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, JavaFileObject> classFiles = new HashMap<>();

        GeneratedClassLoader(List<JavaFileObject> generated) {
            super(CompiledModel.class.getClassLoader());
            for (JavaFileObject file : generated) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath();
                    String packagePath = "/" + ModelFixtures.MODEL_PACKAGE.replace('.', '/') + "/";
                    String binaryName = path.substring(path.indexOf(packagePath) + 1, path.length() - ".class".length())
                            .replace('/', '.');
                    classFiles.put(binaryName, file);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = classFiles.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
