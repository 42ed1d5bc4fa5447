package dev.keel.core.emit.data;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.CheckConstraint;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Table;
import dev.keel.core.model.db.UniqueKey;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The {@code @RestControllerAdvice} that turns constraint violations into problem answers rather than 500s, ordered
 * before Keel's generic handler: a unique violation is a 409 naming the JSON field of the violated constraint, a
 * foreign key violation a 409, a NOT NULL or CHECK violation and a value too long a 400. The constraint comes from
 * the PostgreSQL driver's error, matched against the constraint names of the bound tables, which follow
 * PostgreSQL's naming ({@code users_email_key}).
 */
final class DataIntegrityHandlerEmitter extends JavaEmitter<Bindings> {

    private static final TypeName STRING_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
            ClassName.get(String.class), ClassName.get(String.class));

    private final Bindings bindings;

    DataIntegrityHandlerEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    protected List<Bindings> inputs(EmitContext context) {
        return bindings.resources().isEmpty() ? List.of() : List.of(bindings);
    }

    @Override
    protected String packageName(Bindings input, EmitContext context) {
        return DataNames.dataPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(Bindings input, EmitContext context) {
        ClassName problems = context.supportClass(DataNames.PROBLEM_FACTORY);
        ClassName problem = context.supportClass(DataNames.API_PROBLEM);
        ClassName self = ClassName.get(DataNames.dataPackage(context), DataNames.PROBLEM_HANDLER);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Answers a database constraint violation with a problem rather than a 500: a unique violation
                        with 409 naming the field, a foreign key violation with 409, a NOT NULL or CHECK violation and a
                        value too long with 400. Registered by {@link $L} and ordered before the generic handler.
                        """, DataNames.AUTO_CONFIGURATION)
                .addAnnotation(DataTypes.REST_CONTROLLER_ADVICE)
                .addAnnotation(AnnotationSpec.builder(DataTypes.ORDER)
                        .addMember("value", "$T.HIGHEST_PRECEDENCE", DataTypes.ORDERED).build())
                .addField(mapField("CONSTRAINT_FIELDS", "The JSON field each constraint of the bound tables is about.",
                        constraintFields()))
                .addField(mapField("FOREIGN_KEY_TABLES", "The table holding each foreign key.", foreignKeyTables()))
                .addField(mapField("COLUMN_FIELDS", "The JSON field of each bound {@code table.column}.",
                        columnFields()))
                .addField(FieldSpec.builder(problems, "problems", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(problems, "problems")
                        .addStatement("this.problems = problems")
                        .build())
                .addMethod(MethodSpec.methodBuilder("handleDataIntegrity")
                        .addAnnotation(AnnotationSpec.builder(DataTypes.EXCEPTION_HANDLER)
                                .addMember("value", "$T.class", DataTypes.DATA_INTEGRITY_VIOLATION).build())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(DataTypes.RESPONSE_ENTITY, ClassName.get(Object.class)))
                        .addParameter(DataTypes.DATA_INTEGRITY_VIOLATION, "failure")
                        .addParameter(DataTypes.SERVLET_REQUEST, "request")
                        .addStatement("return problems.response(problems.body(problemFor(failure), "
                                + "request.getRequestURI()), null)")
                        .build())
                .addMethod(problemFor(problem))
                .addMethod(serverError());
    }

    private static MethodSpec problemFor(ClassName problem) {
        return MethodSpec.methodBuilder("problemFor")
                .addJavadoc("The problem for a violation, from the error PostgreSQL reported.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addParameter(DataTypes.DATA_INTEGRITY_VIOLATION, "failure")
                .addStatement("$T error = serverError(failure)", DataTypes.SERVER_ERROR_MESSAGE)
                .addStatement("String state = error == null ? null : error.getSQLState()")
                .addStatement("String constraint = error == null ? null : error.getConstraint()")
                .addStatement("String field = constraint == null ? null : CONSTRAINT_FIELDS.get(constraint)")
                .beginControlFlow("if (failure instanceof $T || $S.equals(state))", DataTypes.DUPLICATE_KEY, "23505")
                .addStatement("return $T.conflict(field, field == null ? $S : $S + field + $S)", problem,
                        "A record with the same unique values already exists.", "A record with this ",
                        " already exists.")
                .endControlFlow()
                .beginControlFlow("if ($S.equals(state))", "23503")
                .addStatement("boolean referencing = constraint != null && error.getTable() != null"
                        + " && error.getTable().equals(FOREIGN_KEY_TABLES.get(constraint))")
                .addStatement("return $T.conflict(referencing ? field : null, referencing ? $S : $S)", problem,
                        "The request refers to a record that does not exist.",
                        "The record is still referred to by other records.")
                .endControlFlow()
                .beginControlFlow("if (field == null && error != null && error.getColumn() != null)")
                .addStatement("field = COLUMN_FIELDS.get(error.getTable() + $S + error.getColumn())", ".")
                .endControlFlow()
                .beginControlFlow("if (field != null && ($S.equals(state) || $S.equals(state)))", "23502", "23514")
                .addStatement("return $T.badRequest(field, $S.equals(state) ? $S : $S)", problem, "23502",
                        "is required", "is not a value the database accepts")
                .endControlFlow()
                .beginControlFlow("if (state != null && state.startsWith($S))", "22")
                .addStatement("return new $T(400, $S, $S, $S, $T.of())", problem, "VALIDATION_FAILED", "Bad Request",
                        "A value does not fit its database column.", List.class)
                .endControlFlow()
                .addStatement("return $T.conflict(null, $S)", problem, "The request conflicts with the stored data.")
                .build();
    }

    private static MethodSpec serverError() {
        return MethodSpec.methodBuilder("serverError")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(DataTypes.SERVER_ERROR_MESSAGE)
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("for ($T cause = failure; cause != null; cause = cause.getCause())", Throwable.class)
                .beginControlFlow("if (cause instanceof $T psql && psql.getServerErrorMessage() != null)",
                        DataTypes.PSQL_EXCEPTION)
                .addStatement("return psql.getServerErrorMessage()")
                .endControlFlow()
                .beginControlFlow("if (cause instanceof $T sql && sql.getNextException() instanceof $T next)",
                        SQLException.class, DataTypes.PSQL_EXCEPTION)
                .addStatement("return next.getServerErrorMessage()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build();
    }

    private static FieldSpec mapField(String name, String javadoc, Map<String, String> entries) {
        CodeBlock initializer;
        if (entries.isEmpty()) {
            initializer = CodeBlock.of("$T.of()", Map.class);
        } else {
            CodeBlock.Builder block = CodeBlock.builder().add("$T.ofEntries($>$>", Map.class);
            int index = 0;
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                block.add("\n$T.entry($S, $S)$L", Map.class, entry.getKey(), entry.getValue(),
                        ++index < entries.size() ? "," : "");
            }
            initializer = block.add(")$<$<").build();
        }
        return FieldSpec.builder(STRING_MAP, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc)
                .initializer(initializer)
                .build();
    }

    /** Unique keys, primary keys ({@code <table>_pkey}), foreign keys and column checks of the bound tables. */
    private Map<String, String> constraintFields() {
        Map<String, String> fields = new TreeMap<>();
        for (Table table : tables()) {
            for (UniqueKey key : table.uniqueKeys()) {
                fieldOf(table, key.columns()).ifPresent(field -> fields.put(key.name(), field));
            }
            fieldOf(table, table.primaryKey()).ifPresent(field -> fields.put(table.name() + "_pkey", field));
            for (ForeignKey key : table.foreignKeys()) {
                fieldOf(table, key.columns()).ifPresent(field -> fields.put(key.name(), field));
            }
            for (CheckConstraint check : table.checks()) {
                table.columns().stream()
                        .filter(column -> check.name().equals(table.name() + "_" + column.name() + "_check"))
                        .findFirst()
                        .flatMap(column -> fieldOf(table, List.of(column.name())))
                        .ifPresent(field -> fields.put(check.name(), field));
            }
        }
        return fields;
    }

    private Map<String, String> foreignKeyTables() {
        Map<String, String> tables = new TreeMap<>();
        for (Table table : tables()) {
            table.foreignKeys().forEach(key -> tables.put(key.name(), table.name()));
        }
        return tables;
    }

    private Map<String, String> columnFields() {
        Map<String, String> fields = new TreeMap<>();
        for (Table table : tables()) {
            table.columns().forEach(column -> fieldOf(table, List.of(column.name()))
                    .ifPresent(field -> fields.put(table.name() + "." + column.name(), field)));
        }
        return fields;
    }

    /**
     * The JSON field of a key: of its first column bound to a property that is not the owner's, else of its first
     * bound column; the resource's own binding wins over the other schemas stored in the table.
     */
    private Optional<String> fieldOf(Table table, List<String> columns) {
        Optional<ResourceBinding> resource = bindings.resources().stream()
                .filter(candidate -> candidate.table().name().equals(table.name())).findFirst();
        List<SchemaBinding> schemas = new java.util.ArrayList<>();
        resource.ifPresent(bound -> schemas.add(bound.resource()));
        bindings.schemas().stream().filter(schema -> schema.table().name().equals(table.name())).forEach(schemas::add);
        Optional<String> owner = resource.flatMap(ResourceBinding::owner).map(column -> column.name());
        Optional<String> preferred = columns.stream().filter(column -> !owner.equals(Optional.of(column)))
                .map(column -> propertyOf(schemas, column)).flatMap(Optional::stream).findFirst();
        return preferred.or(() -> columns.stream().map(column -> propertyOf(schemas, column))
                .flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> propertyOf(List<SchemaBinding> schemas, String column) {
        return schemas.stream().map(schema -> schema.column(column)).flatMap(Optional::stream)
                .map(ColumnBinding::property).map(property -> property.name()).findFirst();
    }

    /** The tables of the resources, each once, by name. */
    private List<Table> tables() {
        Map<String, Table> tables = new TreeMap<>();
        bindings.resources().forEach(resource -> tables.putIfAbsent(resource.table().name(), resource.table()));
        bindings.schemas().forEach(schema -> tables.putIfAbsent(schema.table().name(), schema.table()));
        return List.copyOf(tables.values());
    }
}
