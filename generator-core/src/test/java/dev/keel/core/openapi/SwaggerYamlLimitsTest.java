package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.util.DeserializationUtils;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;

/** Keel reads a YAML contract with the limits and loader options swagger-parser reads it with, every one of them. */
class SwaggerYamlLimitsTest {

    @Test
    void theLimitsAreSwaggerParsersLimits() {
        Map<String, Object> keel = properties(SwaggerYamlLimits.LIMITS);

        assertThat(keel).containsKeys("getMaxYamlDepth", "getMaxYamlCodePoints", "getMaxYamlAliasesForCollections")
                .isEqualTo(properties(DeserializationUtils.getOptions()));
    }

    @Test
    void theLoaderOptionsAreThoseSwaggerParserBuilds() {
        LoaderOptions keel = SwaggerYamlLimits.loaderOptions();

        assertThat(keel.isAllowDuplicateKeys()).isFalse();
        assertThat(properties(keel)).isEqualTo(properties(DeserializationUtils.buildLoaderOptions()));
    }

    /** Every public getter without parameters and its value, by name. */
    private static Map<String, Object> properties(Object bean) {
        Map<String, Object> values = new TreeMap<>();
        Arrays.stream(bean.getClass().getMethods())
                .filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getName().matches("(get|is)[A-Z].*") && !method.getName().equals("getClass"))
                .forEach(method -> values.put(method.getName(), invoke(method, bean)));
        return values;
    }

    private static Object invoke(Method getter, Object bean) {
        try {
            Object value = getter.invoke(bean);
            // A getter that returns an object without value equality (a tag inspector) is compared by its class.
            return value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                    || value instanceof Enum<?> ? value : value.getClass();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(getter + " failed", e);
        }
    }
}
