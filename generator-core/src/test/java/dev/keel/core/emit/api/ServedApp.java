package dev.keel.core.emit.api;

import jakarta.servlet.Filter;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.net.URLClassLoader;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compiled controllers, exception handler, error controller, body limit filter and enum converters wired
 * by hand into a standalone {@link MockMvc}, as Spring Boot would wire them in the generated application.
 */
final class ServedApp {

    private ServedApp() {
    }

    static MockMvc mockMvc(URLClassLoader loader, Map<String, String> properties) throws Exception {
        MockEnvironment environment = new MockEnvironment();
        properties.forEach(environment::setProperty);
        Object problems = instantiate(loader, CompiledApp.support("ProblemFactory"), Environment.class, environment);
        Class<?> problemsType = problems.getClass();

        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("myProjectsHandler",
                loader.loadClass(ProjectsContract.BASE_PACKAGE + ".app.MyProjectsHandler").getConstructor().newInstance());
        Object projects = controller(loader, "Projects", beans);
        Object invoices = controller(loader, "Invoices", beans);
        Object errors = instantiate(loader, CompiledApp.support("ProblemErrorController"), problemsType, problems);
        Object advice = instantiate(loader, CompiledApp.support("ProblemExceptionHandler"), problemsType, problems);
        Filter limit = (Filter) loader.loadClass(CompiledApp.support("RequestBodyLimitFilter"))
                .getConstructor(Environment.class, problemsType)
                .newInstance(environment, problems);

        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        Object web = loader.loadClass(CompiledApp.support("WebConfiguration")).getConstructor().newInstance();
        web.getClass().getMethod("addFormatters", FormatterRegistry.class).invoke(web, conversions);

        return MockMvcBuilders.standaloneSetup(projects, invoices, errors)
                .setControllerAdvice(advice)
                .setConversionService(conversions)
                .addFilters(limit)
                .build();
    }

    /** A tag with a PATCH of an object also takes the reader of such bodies, as Spring would inject it. */
    private static Object controller(URLClassLoader loader, String tag, DefaultListableBeanFactory beans)
            throws Exception {
        Class<?> handler = loader.loadClass(CompiledApp.api(tag + "Handler"));
        ObjectProvider<?> provider = beans.getBeanProvider(handler);
        Class<?> controller = loader.loadClass(CompiledApp.api(tag + "Controller"));
        Class<?> reader = loader.loadClass(CompiledApp.support("PatchRequestReader"));
        for (Constructor<?> constructor : controller.getConstructors()) {
            if (constructor.getParameterCount() == 2 && constructor.getParameterTypes()[1] == reader) {
                return constructor.newInstance(provider, patchRequestReader(reader));
            }
        }
        return instantiate(loader, controller.getName(), ObjectProvider.class, provider);
    }

    private static Object patchRequestReader(Class<?> reader) throws Exception {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        return reader.getConstructor(JsonMapper.class, Validator.class)
                .newInstance(JsonMapper.builder().build(), validator);
    }

    private static Object instantiate(URLClassLoader loader, String className, Class<?> parameterType, Object argument)
            throws Exception {
        Constructor<?> constructor = loader.loadClass(className).getConstructor(parameterType);
        return constructor.newInstance(argument);
    }
}
