package dev.keel.core.emit.audit;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/**
 * The audit trail and the data layer's operations settings, generated with the data layer: the audit types, the
 * table-backed log for {@code x-keel-audit: table} and the auto-configuration that registers the defaults.
 */
public final class AuditEmitters {

    private AuditEmitters() {
    }

    public static List<GeneratedFile> emit(EmitContext context) {
        return JavaEmitter.emitAll(List.of(new AuditTypesEmitter(), new TableAuditLogEmitter(),
                new OperationsAutoConfigurationEmitter()), context);
    }

    /** The auto-configuration to list in {@code AutoConfiguration.imports}. */
    public static ClassName autoConfiguration(EmitContext context) {
        return OperationsAutoConfigurationEmitter.configurationClass(context);
    }
}
