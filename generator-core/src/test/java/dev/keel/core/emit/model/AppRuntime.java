package dev.keel.core.emit.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** What a generated app does with model types at run time: Jackson 3 reads and writes them, Hibernate Validator checks them. */
final class AppRuntime {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private AppRuntime() {
    }

    static Object read(String json, Class<?> type) {
        return JSON.readValue(json, type);
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Each violation as {@code path: message}, sorted, the way a 400 response lists them. */
    static List<String> violations(Object value) {
        Validator validator = VALIDATION.getValidator();
        return validator.validate(value).stream()
                .map(AppRuntime::describe)
                .sorted()
                .toList();
    }

    private static String describe(ConstraintViolation<Object> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }

    /** Calls a public method of a generated type and unwraps what it throws. */
    static Object call(Object target, Class<?> type, String name, Class<?>[] parameterTypes, Object... arguments)
            throws Throwable {
        Method method = type.getMethod(name, parameterTypes);
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static Object call(Object target, String name) throws Throwable {
        return call(target, target.getClass(), name, new Class<?>[0]);
    }
}
