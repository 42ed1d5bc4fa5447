package dev.keel.core.emit.data;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.audit.AuditEmitters;
import dev.keel.core.emit.auth.AuthEmitters;
import dev.keel.core.emit.cache.CacheEmitters;
import dev.keel.core.emit.crypto.FieldEncryptionEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.ArrayList;
import java.util.List;

/**
 * The emitters of the data layer ({@code <basePackage>.data} and {@code OwnerResolver}), and the auto-configuration
 * imports file that registers it. Nothing is written when no resource has a CRUD operation.
 */
public final class DataEmitters {

    private DataEmitters() {
    }

    public static List<JavaEmitter<?>> all(Bindings bindings) {
        return List.of(
                new RepositoryEmitter(bindings),
                new ServiceEmitter(bindings),
                new CrudHandlerEmitter(bindings),
                new OwnerResolverEmitter(bindings),
                new RenderedQueriesEmitter(bindings),
                new JwtOwnerResolverEmitter(bindings),
                new DataIntegrityHandlerEmitter(bindings),
                new DataAutoConfigurationEmitter(bindings),
                new FieldEncryptionEmitter(bindings));
    }

    /** Every file of the data layer. */
    public static List<GeneratedFile> emit(EmitContext context, Bindings bindings) {
        List<GeneratedFile> files = new ArrayList<>(JavaEmitter.emitAll(all(bindings), context));
        files.addAll(CacheEmitters.emit(context, bindings));
        StringBuilder imports = new StringBuilder();
        if (!bindings.resources().isEmpty()) {
            imports.append(CacheEmitters.autoConfiguration(context).canonicalName()).append('\n');
            imports.append(DataAutoConfigurationEmitter.configurationClass(context).canonicalName()).append('\n');
        }
        files.addAll(AuthEmitters.emit(context, bindings));
        AuthEmitters.autoConfiguration(context, bindings).ifPresent(auth -> imports.append(auth.canonicalName())
                .append('\n'));
        if (!imports.isEmpty()) {
            files.addAll(AuditEmitters.emit(context));
            imports.append(AuditEmitters.autoConfiguration(context).canonicalName()).append('\n');
        }
        if (!imports.isEmpty()) {
            files.add(GeneratedFile.text(DataAutoConfigurationEmitter.IMPORTS_FILE, imports.toString()));
        }
        return files;
    }
}
