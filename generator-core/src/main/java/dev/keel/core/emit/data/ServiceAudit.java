package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.ops.OpsNames;
import dev.keel.core.model.bind.CrudKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The audit trail in a generated service: an {@code AuditLog} field, and an event after each create, replace, patch
 * and delete that succeeded, naming the caller, the resource and its key.
 */
final class ServiceAudit {

    private ServiceAudit() {
    }

    /**
     * Adds the field and two constructors: the one the auto-configuration calls, with the {@code AuditLog}, and one
     * without it that logs, so subclasses written before the audit trail keep compiling.
     */
    static void addTo(TypeSpec.Builder type, MethodSpec.Builder constructor, EmitContext context) {
        ClassName auditLog = OpsNames.auditClass(context, OpsNames.AUDIT_LOG);
        type.addField(FieldSpec.builder(auditLog, "audit", Modifier.PROTECTED, Modifier.FINAL).build());
        MethodSpec withoutAudit = constructor.build();
        List<String> arguments = withoutAudit.parameters().stream().map(parameter -> parameter.name()).toList();
        type.addMethod(constructor.addParameter(auditLog, "audit").addStatement("this.audit = audit").build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Logs the audit trail with {@link $T}.\n",
                        OpsNames.auditClass(context, OpsNames.LOGGING_AUDIT_LOG))
                .addParameters(withoutAudit.parameters())
                .addStatement("this($L, new $T())", String.join(", ", arguments),
                        OpsNames.auditClass(context, OpsNames.LOGGING_AUDIT_LOG))
                .build());
    }

    /** {@code Project result = <change>; <afterChange> audit.record(...); return result;} */
    static void recorded(MethodSpec.Builder method, ResourceCode code, CrudKind kind, String key, CodeBlock change,
            CodeBlock afterChange) {
        ClassName event = OpsNames.auditClass(code.context, OpsNames.AUDIT_EVENT);
        CodeBlock id = key.isEmpty() ? createdKey(code) : CodeBlock.of("$L", key);
        method.addStatement("$T result = $L", code.resourceClass(), change)
                .addCode(afterChange)
                .addStatement("audit.record($T.of($S, $S, $L, $T.SUCCESS))", event, kind.extensionValue(),
                        code.resource.name(), id, event)
                .addStatement("return result");
    }

    /** The new row's key as the resource shows it; {@code null} when the resource does not show it. */
    private static CodeBlock createdKey(ResourceCode code) {
        Optional<String> accessor = code.resource.resource().column(code.resource.key().name())
                .map(binding -> binding.property().javaName());
        return accessor.map(name -> CodeBlock.of("result.$L()", name)).orElse(CodeBlock.of("null"));
    }
}
