package dev.keel.core.emit.auth;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.List;
import java.util.Optional;

/**
 * The account operations ({@code x-keel-auth}) in {@code <basePackage>.auth}: the handler, its properties and its
 * auto-configuration. Nothing is written unless an operation is marked and a schema is bound to a users table.
 */
public final class AuthEmitters {

    private AuthEmitters() {
    }

    public static List<JavaEmitter<?>> all(Bindings bindings) {
        return List.of(new AuthHandlerEmitter(bindings), new AuthConfigurationEmitters.Properties(bindings),
                new AuthConfigurationEmitters.AutoConfiguration(bindings));
    }

    public static List<GeneratedFile> emit(EmitContext context, Bindings bindings) {
        return JavaEmitter.emitAll(all(bindings), context);
    }

    /** The auto-configuration to list in the imports file, when one is written. */
    public static Optional<ClassName> autoConfiguration(EmitContext context, Bindings bindings) {
        return AuthPlan.of(context, bindings).map(plan -> AuthPlan.autoConfigurationClass(context));
    }
}
