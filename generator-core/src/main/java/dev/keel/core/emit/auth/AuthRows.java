package dev.keel.core.emit.auth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.SchemaBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Code that reads and writes rows of the users table: named columns, jOOQ converting each value. */
final class AuthRows {

    private final AuthPlan plan;
    private final EmitContext context;
    private final JavaTypes types;

    AuthRows(AuthPlan plan, EmitContext context) {
        this.plan = plan;
        this.context = context;
        this.types = new JavaTypes(context);
    }

    SchemaBinding users() {
        return plan.users();
    }

    ClassName userClass() {
        return context.schemaClass(plan.users().schema().name());
    }

    /** The Java type of the key: the bound property's, else {@code Object}. */
    TypeName keyType() {
        return plan.users().column(plan.key().name())
                .map(binding -> types.of(binding.property().type()).box())
                .orElse(ClassName.get(Object.class));
    }

    /** {@code DSL.field(DSL.name("id"), UUID.class)}. */
    CodeBlock column(String name, TypeName type) {
        return CodeBlock.of("$T.field($T.name($S), $T.class)", AuthTypes.DSL, AuthTypes.DSL, name, type);
    }

    CodeBlock usersTable() {
        return CodeBlock.of("$T.table($T.name($S))", AuthTypes.DSL, AuthTypes.DSL, plan.users().table().name());
    }

    CodeBlock key(String record) {
        return CodeBlock.of("$L.get($S, $T.class)", record, plan.key().name(), keyType());
    }

    /** The role claim: the {@code role} column, {@code "user"} when the table has none. */
    CodeBlock role(String record) {
        return plan.users().table().column(AuthPlan.ROLE).isPresent()
                ? CodeBlock.of("$L.get($S, String.class)", record, AuthPlan.ROLE)
                : CodeBlock.of("$S", "user");
    }

    /** {@code toUser(Record)} and the lookups by email and by key. */
    List<MethodSpec> helpers() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(toUser());
        methods.add(MethodSpec.methodBuilder("findByEmail")
                .addModifiers(Modifier.PROTECTED)
                .returns(AuthTypes.RECORD)
                .addJavadoc("The users row with this email, or {@code null}.\n")
                .addParameter(String.class, "email")
                .addStatement("return dsl.select($T.asterisk()).from($L).where($L.eq(email)).fetchOne()",
                        AuthTypes.DSL, usersTable(), column(AuthPlan.EMAIL, ClassName.get(String.class)))
                .build());
        methods.add(MethodSpec.methodBuilder("findByKey")
                .addModifiers(Modifier.PROTECTED)
                .returns(AuthTypes.RECORD)
                .addJavadoc("The users row with this key, or {@code null}.\n")
                .addParameter(AuthTypes.DSL_CONTEXT, "sql")
                .addParameter(keyType(), "key")
                .addStatement("return sql.select($T.asterisk()).from($L).where($L.eq(key)).fetchOne()",
                        AuthTypes.DSL, usersTable(), column(plan.key().name(), keyType()))
                .build());
        return methods;
    }

    /** The user schema's canonical constructor over the row; a property with no column is {@code null}. */
    private MethodSpec toUser() {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : plan.users().schema().properties()) {
            Optional<ColumnBinding> bound = plan.users().property(property.name());
            arguments.add(bound.map(binding -> read(property, binding.column().name()))
                    .orElse(CodeBlock.of("null")));
        }
        return MethodSpec.methodBuilder("toUser")
                .addModifiers(Modifier.PROTECTED)
                .returns(userClass())
                .addParameter(AuthTypes.RECORD, "row")
                .addStatement("return new $T($L)", userClass(), CodeBlock.join(arguments, ", "))
                .build();
    }

    private CodeBlock read(Property property, String column) {
        Optional<EnumSchema> enumSchema = enumSchema(property.type());
        if (enumSchema.isPresent()) {
            ClassName enumClass = context.schemaClass(enumSchema.get().name());
            TypeName wire = enumSchema.get().integer() ? ClassName.get(Long.class) : ClassName.get(String.class);
            return CodeBlock.of("row.get($S) == null ? null : $T.fromValue(row.get($S, $T.class))", column, enumClass,
                    column, wire);
        }
        return CodeBlock.of("row.get($S, $T.class)", column, types.of(property.type()));
    }

    /** A register body's value for a users column: an enum through its wire value. */
    CodeBlock write(Property property, String body) {
        CodeBlock value = CodeBlock.of("$L.$L()", body, property.javaName());
        return enumSchema(property.type()).isPresent()
                ? CodeBlock.of("$L == null ? null : $L.value()", value, value)
                : value;
    }

    Optional<EnumSchema> enumSchema(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            Optional<SchemaDef> schema = context.api().schema(named.schemaName());
            if (schema.isPresent() && schema.get() instanceof EnumSchema enumSchema) {
                return Optional.of(enumSchema);
            }
        }
        return Optional.empty();
    }
}
