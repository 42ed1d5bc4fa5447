package dev.keel.core.emit.audit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.LibraryTypes;
import dev.keel.core.emit.ops.OpsNames;
import java.time.Duration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code <basePackage>.ops.KeelOperationsAutoConfiguration}, generated with the data layer: the default
 * {@code AuditLog} (unless the application declares one) and jOOQ's query timeout from {@code keel.data.query-timeout}.
 */
final class OperationsAutoConfigurationEmitter extends JavaEmitter<EmitContext> {

    static final String QUERY_TIMEOUT_PROPERTY = "keel.data.query-timeout";
    private static final ClassName AUTO_CONFIGURATION = LibraryTypes.AUTO_CONFIGURATION;
    private static final ClassName CONDITIONAL_ON_MISSING_BEAN = LibraryTypes.CONDITIONAL_ON_MISSING_BEAN;
    private static final ClassName JOOQ_CUSTOMIZER =
            ClassName.get("org.springframework.boot.jooq.autoconfigure", "DefaultConfigurationCustomizer");
    private static final ClassName BINDER = ClassName.get("org.springframework.boot.context.properties.bind", "Binder");
    private static final String JOOQ_AUTO_CONFIGURATION =
            "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration";

    static ClassName configurationClass(EmitContext context) {
        return OpsNames.opsClass(context, OpsNames.AUTO_CONFIGURATION);
    }

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return OpsNames.opsPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName auditLog = OpsNames.auditClass(context, OpsNames.AUDIT_LOG);
        MethodSpec.Builder audit = MethodSpec.methodBuilder("keelAuditLog")
                .addAnnotation(LibraryTypes.BEAN)
                .addAnnotation(CONDITIONAL_ON_MISSING_BEAN)
                .addModifiers(Modifier.PUBLIC)
                .returns(auditLog);
        if (AuditTable.stored(context)) {
            audit.addJavadoc("Logs each event and stores it in {@code $L}, until the application declares an "
                    + "{@link $T}.\n", AuditTable.TABLE, auditLog)
                    .addParameter(TableAuditLogEmitter.DSL_CONTEXT, "dsl")
                    .addStatement("return new $T(dsl)", OpsNames.auditClass(context, OpsNames.TABLE_AUDIT_LOG));
        } else {
            audit.addJavadoc("Logs each event, until the application declares an {@link $T}.\n", auditLog)
                    .addStatement("return new $T()", OpsNames.auditClass(context, OpsNames.LOGGING_AUDIT_LOG));
        }
        return TypeSpec.classBuilder(configurationClass(context))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(AUTO_CONFIGURATION)
                        .addMember("afterName", "$S", JOOQ_AUTO_CONFIGURATION).build())
                .addJavadoc("""
                        The operations beans of the data layer: the audit log the generated services and account
                        handler publish to, and the query timeout of every jOOQ statement.
                        """)
                .addMethod(audit.build())
                .addMethod(MethodSpec.methodBuilder("keelQueryTimeout")
                        .addJavadoc("""
                                Every jOOQ statement gets JDBC's query timeout {@code $L} (default 30s, whole seconds),
                                so a stuck query fails instead of holding a connection.
                                """, QUERY_TIMEOUT_PROPERTY)
                        .addAnnotation(LibraryTypes.BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JOOQ_CUSTOMIZER)
                        .addParameter(LibraryTypes.ENVIRONMENT, "environment")
                        .addStatement("$T timeout = $T.get(environment).bind($S, $T.class).orElse($T.ofSeconds(30))",
                                Duration.class, BINDER, QUERY_TIMEOUT_PROPERTY, Duration.class, Duration.class)
                        .addStatement("int seconds = (int) $T.max(1, timeout.toSeconds())", Math.class)
                        .addStatement("return configuration -> configuration.settings().setQueryTimeout(seconds)")
                        .build());
    }
}
