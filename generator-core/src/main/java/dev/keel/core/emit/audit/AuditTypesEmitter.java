package dev.keel.core.emit.audit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.LibraryTypes;
import dev.keel.core.emit.ops.OpsNames;
import java.time.Instant;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The audit trail's types in {@code <basePackage>.audit}: the {@code AuditEvent} record, the {@code AuditLog} the
 * generated services and account handler publish to, and its default, {@code LoggingAuditLog}.
 */
final class AuditTypesEmitter extends JavaEmitter<String> {

    static final ClassName MDC = ClassName.get("org.slf4j", "MDC");
    static final ClassName SECURITY_CONTEXT_HOLDER =
            ClassName.get("org.springframework.security.core.context", "SecurityContextHolder");
    static final ClassName AUTHENTICATION = ClassName.get("org.springframework.security.core", "Authentication");
    static final ClassName ANONYMOUS_AUTHENTICATION =
            ClassName.get("org.springframework.security.authentication", "AnonymousAuthenticationToken");
    /** The logger audit lines go to, so they can be routed or filtered apart from the rest. */
    static final String AUDIT_LOGGER = "keel.audit";

    @Override
    protected List<String> inputs(EmitContext context) {
        return List.of(OpsNames.AUDIT_EVENT, OpsNames.AUDIT_LOG, OpsNames.LOGGING_AUDIT_LOG);
    }

    @Override
    protected String packageName(String input, EmitContext context) {
        return OpsNames.auditPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(String input, EmitContext context) {
        ClassName self = OpsNames.auditClass(context, input);
        ClassName event = OpsNames.auditClass(context, OpsNames.AUDIT_EVENT);
        switch (input) {
            case OpsNames.AUDIT_EVENT:
                return event(self, context.api().isSecured());
            case OpsNames.AUDIT_LOG:
                return TypeSpec.interfaceBuilder(self)
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(FunctionalInterface.class)
                        .addJavadoc("""
                                Where audit events go. Keel's default logs them (and stores them in
                                {@code keel_audit_events} when the contract says {@code x-keel-audit: table}); declare a
                                bean of this type to send them elsewhere.
                                """)
                        .addMethod(MethodSpec.methodBuilder("record")
                                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                                .addParameter(event, "event")
                                .build());
            default:
                return loggingAuditLog(self, context, event);
        }
    }

    private static TypeSpec.Builder event(ClassName self, boolean secured) {
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        One audited action: who ({@code actor}: the access token's subject, the email of a failed
                        login, or {@code anonymous}) did what ({@code action}) to which {@code resource} and
                        {@code resourceId}, with what {@code outcome}, in which request ({@code requestId}).
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(Instant.class, "occurredAt")
                        .addParameter(String.class, "actor")
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "resource")
                        .addParameter(String.class, "resourceId")
                        .addParameter(String.class, "outcome")
                        .addParameter(String.class, "requestId")
                        .build())
                .addField(constant("SUCCESS", "success"))
                .addField(constant("FAILURE", "failure"))
                .addField(constant("ANONYMOUS", "anonymous"))
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("An event of the current request's caller.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "resource")
                        .addParameter(Object.class, "resourceId")
                        .addParameter(String.class, "outcome")
                        .addStatement("return by(currentActor(), action, resource, resourceId, outcome)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("by")
                        .addJavadoc("An event of the given actor, e.g. the email of a failed login.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(String.class, "actor")
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "resource")
                        .addParameter(Object.class, "resourceId")
                        .addParameter(String.class, "outcome")
                        .addStatement("return new $T($T.now(), actor == null ? ANONYMOUS : actor, action, resource, "
                                + "resourceId == null ? null : String.valueOf(resourceId), outcome, $T.get($S))",
                                self, Instant.class, MDC, OpsNames.REQUEST_ID_MDC_KEY)
                        .build())
                .addMethod(currentActor(secured));
    }

    /** A contract without security has no callers to name, and its application may lack Spring Security. */
    private static MethodSpec currentActor(boolean secured) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("currentActor")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class);
        if (!secured) {
            return method.addJavadoc("Always {@code anonymous}: the contract signs no one in.\n")
                    .addStatement("return ANONYMOUS").build();
        }
        return method.addJavadoc("The signed-in caller's name (an access token's subject), else {@code anonymous}.\n")
                .addStatement("$T authentication = $T.getContext().getAuthentication()", AUTHENTICATION,
                        SECURITY_CONTEXT_HOLDER)
                .beginControlFlow("if (authentication == null || !authentication.isAuthenticated() "
                        + "|| authentication instanceof $T)", ANONYMOUS_AUTHENTICATION)
                .addStatement("return ANONYMOUS")
                .endControlFlow()
                .addStatement("return authentication.getName()")
                .build();
    }

    private static TypeSpec.Builder loggingAuditLog(ClassName self, EmitContext context, ClassName event) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(OpsNames.auditClass(context, OpsNames.AUDIT_LOG))
                .addJavadoc("""
                        Logs each event at INFO to logger {@code $L}, its fields as key-value pairs, so JSON logs carry
                        them as members (with the request id of the MDC).
                        """, AUDIT_LOGGER)
                .addField(FieldSpec.builder(LibraryTypes.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.getLogger($S)", LibraryTypes.LOGGER_FACTORY, AUDIT_LOGGER)
                        .build())
                .addMethod(MethodSpec.methodBuilder("record")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(event, "event")
                        .addCode("LOG.atInfo()\n$>$>.addKeyValue($S, event.actor())\n", "audit.actor")
                        .addCode(".addKeyValue($S, event.action())\n", "audit.action")
                        .addCode(".addKeyValue($S, event.resource())\n", "audit.resource")
                        .addCode(".addKeyValue($S, event.resourceId())\n", "audit.resource_id")
                        .addCode(".addKeyValue($S, event.outcome())\n", "audit.outcome")
                        .addCode(".log($S, event.action(), event.resource(), event.resourceId(), event.actor(), "
                                + "event.outcome());\n$<$<", "audit: {} {} {} by {}: {}")
                        .build());
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value).build();
    }
}
