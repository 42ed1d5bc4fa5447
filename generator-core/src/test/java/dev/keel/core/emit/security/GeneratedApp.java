package dev.keel.core.emit.security;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.ApiModel;
import dev.keel.core.naming.NamingStrategy;
import dev.keel.core.openapi.OpenApiReader;
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
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A contract run through the whole generator (reader, every emitter), compiled with a hand-written handler, and
 * booted by Spring Boot as a user runs the application.
 */
public final class GeneratedApp {

    /** Arguments every boot needs: a free port and database and Redis URLs that are never connected to. */
    public static final List<String> OFFLINE = List.of("--server.port=0",
            "--KEEL_DB_URL=jdbc:postgresql://127.0.0.1:1/keel", "--KEEL_REDIS_URL=redis://127.0.0.1:2");

    final String basePackage;
    public final List<GeneratedFile> files;
    final ApiModel api;
    private final Path classes;

    private GeneratedApp(String basePackage, List<GeneratedFile> files, ApiModel api, Path classes) {
        this.basePackage = basePackage;
        this.files = files;
        this.api = api;
        this.classes = classes;
    }

    /** Reads {@code contract}, generates into {@code basePackage} and compiles with {@code handlers}. */
    public static GeneratedApp compile(String contract, String basePackage, List<JavaFileObject> handlers) {
        try {
            Path directory = Files.createTempDirectory("keel-security-app");
            Path spec = directory.resolve("openapi.yaml");
            Files.writeString(spec, contract);
            Diagnostics diagnostics = new Diagnostics();
            ApiModel api = new OpenApiReader().read(spec, diagnostics);
            diagnostics.throwIfErrors("read contract");
            KeelConfig config = new KeelConfig(spec, List.of(), basePackage, directory.resolve("out"), Optional.empty());
            List<GeneratedFile> files = Keel.emit(new EmitContext(api, config));
            Path classes = directory.resolve("classes");
            compileInto(classes, files, handlers);
            return new GeneratedApp(basePackage, files, api, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compileInto(Path classes, List<GeneratedFile> files, List<JavaFileObject> handlers)
            throws IOException {
        List<JavaFileObject> sources = new ArrayList<>(handlers);
        for (GeneratedFile file : files) {
            if (file.relativePath().startsWith("java/")) {
                String className = file.relativePath().substring("java/".length()).replace('/', '.')
                        .replaceAll("\\.java$", "");
                sources.add(JavaFileObjects.forSourceString(className, file.contentAsString()));
            } else {
                Path resource = classes.resolve(file.relativePath().substring("resources/".length()));
                Files.createDirectories(resource.getParent());
                Files.write(resource, file.content());
            }
        }
        Compilation compilation = Compiler.javac().withOptions("-parameters", "-Xlint:none").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name = file.getName();
                Path target = classes.resolve(name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }

    /** True when the generator wrote a type of that simple name into the {@code security} package. */
    boolean hasSecurityType(String simpleName) {
        return files.stream().anyMatch(file -> file.relativePath().equals(
                "java/" + basePackage.replace('.', '/') + "/security/" + simpleName + ".java"));
    }

    /** Boots the application over a class loader whose parent decides which libraries it sees. */
    public Running run(ClassLoader parent, List<String> args) {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> main = loader.loadClass(basePackage + "."
                    + new NamingStrategy().applicationClassName(api.title()));
            ConfigurableApplicationContext context = new SpringApplication(new DefaultResourceLoader(loader), main)
                    .run(args.toArray(String[]::new));
            return new Running(loader, context);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            close(loader);
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> args(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    public static JavaFileObject source(String className, String text) {
        return JavaFileObjects.forSourceString(className, text);
    }

    /** A booted application; closing it stops the context and releases its classes. */
    public record Running(URLClassLoader loader, ConfigurableApplicationContext context) implements AutoCloseable {

        public String baseUrl() {
            return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        }

        public Object bean(String className) {
            try {
                return context.getBean(loader.loadClass(className));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            context.close();
            GeneratedApp.close(loader);
        }
    }
}
