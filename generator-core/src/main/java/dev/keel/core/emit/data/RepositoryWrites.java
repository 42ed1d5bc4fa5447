package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The repository's writes: {@code INSERT ... RETURNING} for create, {@code UPDATE ... RETURNING} for replace and
 * patch (with the update time, the optimistic lock and the owner scope), {@code DELETE ... RETURNING}. Values are
 * collected in a table record, so only the columns set are written and the database's defaults fill the rest.
 */
final class RepositoryWrites {

    private final ResourceCode code;

    RepositoryWrites(ResourceCode code) {
        this.code = code;
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new java.util.ArrayList<>();
        code.operation(CrudKind.CREATE).ifPresent(operation -> methods.add(insert(operation)));
        code.operation(CrudKind.REPLACE).ifPresent(operation -> methods.add(update(operation, false)));
        code.operation(CrudKind.PATCH).ifPresent(operation -> methods.add(update(operation, true)));
        code.operation(CrudKind.DELETE).ifPresent(operation -> methods.add(delete()));
        return methods;
    }

    private MethodSpec insert(CrudOperation operation) {
        SchemaBinding body = operation.body().orElseThrow();
        MethodSpec.Builder method = MethodSpec.methodBuilder("insert")
                .addJavadoc("Inserts a row from a create request; the database fills the columns the request leaves "
                        + "out.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(code.resourceClass())
                .addParameters(code.ownerParameter())
                .addParameter(code.context.schemaClass(body.schema().name()), "body")
                .addStatement("$T values = dsl.newRecord($L)", DataTypes.RECORD, code.table());
        code.resource.owner().ifPresent(owner -> method.addStatement("owner.ifPresent(ownerId -> values.set($L, "
                + "ownerId))", code.field(owner)));
        boolean alwaysSets = false;
        for (ColumnBinding binding : writable(body, false)) {
            CodeBlock value = CodeBlock.of("body.$L()", binding.property().javaName());
            CodeBlock set = CodeBlock.of("values.set($L, $L)", code.field(binding.column()),
                    code.sealed(binding.column(), code.columns.write(binding.property().type(), binding.column(),
                            value)));
            if (binding.column().hasDefault()) {
                method.beginControlFlow("if ($L != null)", value).addStatement(set).endControlFlow();
            } else {
                method.addStatement(set);
                alwaysSets = true;
            }
        }
        if (!alwaysSets) {
            method.beginControlFlow("if (!values.changed())")
                    .addStatement("return dsl.insertInto($L).defaultValues().returning().fetchSingle(this::$L)",
                            code.table(), code.mapper())
                    .endControlFlow();
        }
        return method.addStatement("return dsl.insertInto($L).set(values).returning().fetchSingle(this::$L)",
                code.table(), code.mapper()).build();
    }

    /** Replace sets every writable column of the body; patch only those the request contained. */
    private MethodSpec update(CrudOperation operation, boolean patch) {
        SchemaBinding body = operation.body().orElseThrow();
        ClassName bodyClass = code.context.schemaClass(body.schema().name());
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), code.resourceClass());
        MethodSpec.Builder method = MethodSpec.methodBuilder(patch ? "patch" : "replace")
                .addJavadoc(patch
                        ? "Changes the columns of the properties the request contained, {@code null} included.\n"
                        : "Replaces every editable column with the request's values.\n")
                .addJavadoc("\n@return the updated row; empty when no row has the key$L\n", lockJavadoc(body))
                .addModifiers(Modifier.PUBLIC)
                .returns(optional)
                .addParameters(code.ownerParameter())
                .addParameter(code.keyType(), "key");
        if (patch) {
            ClassName patchRequest = code.context.supportClass(DataNames.PATCH_REQUEST);
            method.addParameter(ParameterizedTypeName.get(patchRequest, bodyClass), "request")
                    .addStatement("$T body = request.value()", bodyClass);
        } else {
            method.addParameter(bodyClass, "body");
        }
        List<ColumnBinding> columns = writable(body, true);
        boolean setsOtherColumns = code.resource.updatedAt().isPresent() || code.resource.version().isPresent();
        if (columns.isEmpty() && !setsOtherColumns) {
            return method.addStatement("return findById($L)", ownerAnd("key")).build();
        }
        if (!columns.isEmpty()) {
            method.addStatement("$T values = dsl.newRecord($L)", DataTypes.RECORD, code.table());
        }
        for (ColumnBinding binding : columns) {
            CodeBlock value = CodeBlock.of("body.$L()", binding.property().javaName());
            CodeBlock set = CodeBlock.of("values.set($L, $L)", code.field(binding.column()),
                    code.sealed(binding.column(), code.columns.write(binding.property().type(), binding.column(),
                            value)));
            if (patch) {
                method.beginControlFlow("if (request.has($S))", binding.property().name())
                        .addStatement(set).endControlFlow();
            } else {
                method.addStatement(set);
            }
        }
        if (patch && !columns.isEmpty()) {
            method.beginControlFlow("if (!values.changed())")
                    .addStatement("return findById($L)", ownerAnd("key"))
                    .endControlFlow();
        }
        return method.addCode(updateStatement(body, !columns.isEmpty(), patch)).build();
    }

    private CodeBlock updateStatement(SchemaBinding body, boolean setsValues, boolean patch) {
        CodeBlock.Builder statement = CodeBlock.builder().add("return dsl.update($L)$>$>", code.table());
        if (setsValues) {
            statement.add("\n.set(values)");
        }
        code.resource.updatedAt().ifPresent(column ->
                statement.add("\n.set($L, $T.$L())", code.field(column), DataTypes.DSL, now(column)));
        code.resource.version().ifPresent(column ->
                statement.add("\n.set($L, $L.plus(1))", code.field(column), code.field(column)));
        statement.add("\n.where($L)", code.keyCondition("key"));
        if (code.owned()) {
            statement.add("\n.and(ownedBy(owner))");
        }
        lockProperty(body).ifPresent(lock -> {
            CodeBlock value = CodeBlock.of("body.$L()", lock.property().javaName());
            String present = patch ? "request.has(\"" + lock.property().name() + "\") && " : "";
            statement.add("\n.and($L$L != null ? $L.eq($L) : $T.noCondition())", present, value,
                    code.field(lock.column()), code.columns.writePresent(lock.property().type(), lock.column(), value),
                    DataTypes.DSL);
        });
        return statement.add("\n.returning()\n.fetchOptional(this::$L);\n$<$<", code.mapper()).build();
    }

    private MethodSpec delete() {
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), code.resourceClass());
        CodeBlock.Builder statement = CodeBlock.builder()
                .add("return dsl.deleteFrom($L)$>$>\n.where($L)", code.table(), code.keyCondition("key"));
        if (code.owned()) {
            statement.add("\n.and(ownedBy(owner))");
        }
        statement.add("\n.returning()\n.fetchOptional(this::$L);\n$<$<", code.mapper());
        return MethodSpec.methodBuilder("deleteById")
                .addJavadoc("Deletes the row with the key.\n\n@return the deleted row; empty when no row has the key\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(optional)
                .addParameters(code.ownerParameter())
                .addParameter(code.keyType(), "key")
                .addCode(statement.build())
                .build();
    }

    /**
     * The body's properties Keel writes: not read-only, not the owner (set from the owner), not the version (it is
     * compared, then incremented), and on update neither the key nor the update time.
     */
    private List<ColumnBinding> writable(SchemaBinding body, boolean update) {
        return body.columns().stream()
                .filter(binding -> !binding.property().readOnly())
                .filter(binding -> !code.resource.owner().equals(Optional.of(binding.column())))
                .filter(binding -> !code.resource.version().equals(Optional.of(binding.column())))
                .filter(binding -> !update || !binding.column().equals(code.resource.key()))
                .filter(binding -> !update || !code.resource.updatedAt().equals(Optional.of(binding.column())))
                .toList();
    }

    /** The body's property holding the version the client read, compared by the update. */
    private Optional<ColumnBinding> lockProperty(SchemaBinding body) {
        return code.resource.version().flatMap(version -> body.column(version.name()));
    }

    private String lockJavadoc(SchemaBinding body) {
        return lockProperty(body).map(lock -> " or its version is no longer {@code " + lock.property().name() + "}")
                .orElse("");
    }

    private CodeBlock ownerAnd(String key) {
        return code.owned() ? CodeBlock.of("owner, $L", key) : CodeBlock.of("$L", key);
    }

    private static String now(Column column) {
        if (column.kind() == ColumnKind.TIMESTAMP_TZ) {
            return "currentOffsetDateTime";
        }
        return column.kind() == ColumnKind.DATE ? "currentLocalDate" : "currentLocalDateTime";
    }
}
