package dev.keel.core.emit.api;

import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/** The emitters of the {@code api} and {@code support} packages: controllers, handlers, error handling. */
public final class ApiEmitters {

    private ApiEmitters() {
    }

    public static List<JavaEmitter<?>> all() {
        return List.of();
    }
}
