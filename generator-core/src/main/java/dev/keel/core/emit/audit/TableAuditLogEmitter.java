package dev.keel.core.emit.audit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.ops.OpsNames;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code <basePackage>.audit.TableAuditLog}, for {@code x-keel-audit: table}: logs each event and inserts it into
 * {@code keel_audit_events}, in the transaction of the change it records when there is one.
 */
final class TableAuditLogEmitter extends JavaEmitter<EmitContext> {

    static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
    static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    private static final ClassName TABLE = ClassName.get("org.jooq", "Table");
    private static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    private static final ClassName FIELD = ClassName.get("org.jooq", "Field");

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return AuditTable.stored(context) ? List.of(context) : List.of();
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return OpsNames.auditPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName event = OpsNames.auditClass(context, OpsNames.AUDIT_EVENT);
        TypeSpec.Builder type = TypeSpec.classBuilder(OpsNames.auditClass(context, OpsNames.TABLE_AUDIT_LOG))
                .addModifiers(Modifier.PUBLIC)
                .superclass(OpsNames.auditClass(context, OpsNames.LOGGING_AUDIT_LOG))
                .addJavadoc("""
                        Logs each event and stores it in {@code $L}; inside a transaction (the generated services'),
                        the row commits or rolls back with the change it records.
                        """, AuditTable.TABLE)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(TABLE, RECORD), "EVENTS", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.table($T.name($S))", DSL, DSL, AuditTable.TABLE).build());
        type.addField(column(ClassName.get(OffsetDateTime.class), "OCCURRED_AT", "occurred_at"));
        for (String column : List.of("actor", "action", "resource", "resource_id", "outcome", "request_id")) {
            type.addField(column(ClassName.get(String.class), column.toUpperCase(java.util.Locale.ROOT), column));
        }
        return type.addField(DSL_CONTEXT, "dsl", Modifier.PROTECTED, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DSL_CONTEXT, "dsl")
                        .addStatement("this.dsl = dsl")
                        .build())
                .addMethod(MethodSpec.methodBuilder("record")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(event, "event")
                        .addStatement("super.record(event)")
                        .addStatement("dsl.insertInto(EVENTS)\n$>$>.set(OCCURRED_AT, $T.ofInstant(event.occurredAt(), "
                                + "$T.UTC))\n.set(ACTOR, event.actor())\n.set(ACTION, event.action())\n"
                                + ".set(RESOURCE, event.resource())\n.set(RESOURCE_ID, event.resourceId())\n"
                                + ".set(OUTCOME, event.outcome())\n.set(REQUEST_ID, event.requestId())\n"
                                + ".execute()$<$<", OffsetDateTime.class, ZoneOffset.class)
                        .build());
    }

    private static FieldSpec column(TypeName value, String name, String column) {
        return FieldSpec.builder(ParameterizedTypeName.get(FIELD, value), name, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("$T.field($T.name($S), $T.class)", DSL, DSL, column, value).build();
    }
}
