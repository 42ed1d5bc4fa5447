package dev.keel.core.emit.ops;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;

/** Where the generated operations types live: {@code <basePackage>.ops}, the audit trail's in {@code .audit}. */
public final class OpsNames {

    public static final String REQUEST_ID_FILTER = "RequestIdFilter";
    public static final String LOGGING_DEFAULTS = "KeelLoggingDefaults";
    public static final String AUDIT_EVENT = "AuditEvent";
    public static final String AUDIT_LOG = "AuditLog";
    public static final String LOGGING_AUDIT_LOG = "LoggingAuditLog";
    public static final String TABLE_AUDIT_LOG = "TableAuditLog";
    public static final String AUTO_CONFIGURATION = "KeelOperationsAutoConfiguration";
    /** The MDC key (and so the JSON log member) that carries the request id. */
    public static final String REQUEST_ID_MDC_KEY = "requestId";

    private OpsNames() {
    }

    public static String opsPackage(EmitContext context) {
        return context.config().basePackage() + ".ops";
    }

    public static String auditPackage(EmitContext context) {
        return context.config().basePackage() + ".audit";
    }

    public static ClassName auditClass(EmitContext context, String simpleName) {
        return ClassName.get(auditPackage(context), simpleName);
    }

    public static ClassName opsClass(EmitContext context, String simpleName) {
        return ClassName.get(opsPackage(context), simpleName);
    }
}
