package dev.keel.core.fidelity;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Keel generates for the fidelity contract, compiled once per test run; a tag's controller is served
 * by a standalone {@link MockMvc} with the generated exception handler and web configuration, as Spring Boot
 * would wire them, over a handler the test implements.
 */
final class FidelityApp {

    static final String BASE = "dev.keel.fidelity.app";
    private static URLClassLoader loader;

    private FidelityApp() {
    }

    /**
     * The loader of the compiled app, made the thread's context loader too: Jackson resolves the variants of a
     * deduced union by class name through it, as it does in the application.
     */
    static synchronized URLClassLoader loader() throws Exception {
        if (loader == null) {
            loader = compile();
        }
        Thread.currentThread().setContextClassLoader(loader);
        return loader;
    }

    private static URLClassLoader compile() throws Exception {
        Path spec = Path.of("src/test/resources/fidelity/openapi.yaml");
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(spec, diagnostics);
        diagnostics.throwIfErrors("read contract");
        KeelConfig config = new KeelConfig(spec, List.of(), BASE, Path.of("unused"), Optional.empty());
        List<JavaFileObject> sources = Keel.emit(new EmitContext(api, config)).stream()
                .filter(file -> file.relativePath().endsWith(".java"))
                .map(file -> JavaFileObjects.forSourceString(file.relativePath().substring("java/".length())
                        .replace('/', '.').replaceAll("\\.java$", ""), file.contentAsString()))
                .toList();
        Compilation compilation = Compiler.javac().withOptions("-parameters", "-Xlint:none").compile(sources);
        CompilationSubject.assertThat(compilation).succeeded();
        Path classes = Files.createTempDirectory("keel-fidelity-classes");
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.getName();
            Path target = classes.resolve(name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.write(target, in.readAllBytes());
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, FidelityApp.class.getClassLoader());
    }

    static Class<?> type(String nameUnderBase) throws Exception {
        return loader().loadClass(BASE + "." + nameUnderBase);
    }

    /** A model value read from JSON, as a request body would be. */
    static Object json(String modelType, String json) throws Exception {
        return JsonMapper.builder().build().readValue(json, type("model." + modelType));
    }

    /** A record of the generated code, by its canonical constructor. */
    static Object record(String nameUnderBase, Object... components) throws Exception {
        Class<?> type = type(nameUnderBase);
        Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
        return type.getConstructor(parameters).newInstance(components);
    }

    /** The tag's controller over a handler whose every call {@code handler} answers. */
    static MockMvc serve(String tag, InvocationHandler handler) throws Exception {
        Class<?> handlerType = type("api." + tag + "Handler");
        Object implementation = Proxy.newProxyInstance(loader(), new Class<?>[] {handlerType}, handler);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("handler", implementation);
        Object controller = type("api." + tag + "Controller").getConstructor(ObjectProvider.class)
                .newInstance(beans.getBeanProvider(handlerType));

        MockEnvironment environment = new MockEnvironment();
        Object problems = type("support.ProblemFactory").getConstructor(Environment.class).newInstance(environment);
        Object advice = type("support.ProblemExceptionHandler").getConstructor(problems.getClass())
                .newInstance(problems);
        Object web = type("support.WebConfiguration").getConstructor().newInstance();
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        web.getClass().getMethod("addFormatters", FormatterRegistry.class).invoke(web, conversions);
        List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
        web.getClass().getMethod("addArgumentResolvers", List.class).invoke(web, resolvers);
        return MockMvcBuilders.standaloneSetup(controller)
                .setControllerAdvice(advice)
                .setConversionService(conversions)
                .setCustomArgumentResolvers(resolvers.toArray(HandlerMethodArgumentResolver[]::new))
                .build();
    }
}
