package dev.keel.core.emit.data;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Calls into generated classes loaded at test time, unwrapping what they throw. */
final class Reflect {

    private Reflect() {
    }

    /** Calls the public method of that name taking that many arguments. */
    static Object call(Object target, String name, Object... arguments) throws Throwable {
        Method method = Arrays.stream(target.getClass().getMethods())
                .filter(candidate -> candidate.getName().equals(name))
                .filter(candidate -> candidate.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name + "/" + arguments.length + " on "
                        + target.getClass()));
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A record through its canonical constructor. */
    static Object record(Class<?> type, Object... components) throws Exception {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .filter(candidate -> candidate.getParameterCount() == components.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no constructor of " + components.length + " on " + type));
        return constructor.newInstance(components);
    }

    /** A record component or other accessor without arguments. */
    static Object get(Object target, String accessor) {
        try {
            return call(target, accessor);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object constant(Class<?> enumType, String name) {
        return Enum.valueOf((Class) enumType, name);
    }
}
