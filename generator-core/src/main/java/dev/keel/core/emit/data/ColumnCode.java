package dev.keel.core.emit.data;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Optional;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Moves values between a contract type and a column: reads with the record's own value when jOOQ already gives
 * the property's Java type and with jOOQ's conversion otherwise; enums through their wire value, {@code value()} on
 * the way in and {@code fromValue(...)} on the way out.
 */
final class ColumnCode {

    private final EmitContext context;
    private final JavaTypes types;
    private final Table table;

    ColumnCode(EmitContext context, Table table) {
        this.context = context;
        this.table = table;
        this.types = new JavaTypes(context);
    }

    CodeBlock field(Column column) {
        return DataNames.field(table, column, context);
    }

    /** The value of {@code column} in {@code record} as a value of {@code type}. */
    CodeBlock read(TypeRef type, Column column, String record) {
        Optional<EnumSchema> enumSchema = enumSchema(type);
        if (enumSchema.isPresent()) {
            TypeName wire = enumSchema.get().integer() ? ClassName.get(Long.class) : ClassName.get(String.class);
            return CodeBlock.of("$L($L.get($L, $T.class))", enumReader(enumSchema.get()), record, field(column), wire);
        }
        TypeName javaType = types.of(type);
        if (jooqType(column).filter(javaType::equals).isPresent()) {
            return CodeBlock.of("$L.get($L)", record, field(column));
        }
        return CodeBlock.of("$L.get($L, $T.class)", record, field(column), javaType);
    }

    /** {@code value}, an expression of {@code type} that may be {@code null}, as the column's Java type. */
    CodeBlock write(TypeRef type, Column column, CodeBlock value) {
        return write(type, column, value, true);
    }

    /** {@code value}, an expression of {@code type} known not to be {@code null}, as the column's Java type. */
    CodeBlock writePresent(TypeRef type, Column column, CodeBlock value) {
        return write(type, column, value, false);
    }

    private CodeBlock write(TypeRef type, Column column, CodeBlock value, boolean mayBeNull) {
        Optional<EnumSchema> enumSchema = enumSchema(type);
        if (enumSchema.isEmpty()) {
            boolean sameType = jooqType(column).filter(types.of(type)::equals).isPresent();
            return sameType ? value : CodeBlock.of("$L.getDataType().convert($L)", field(column), value);
        }
        CodeBlock wire = mayBeNull ? CodeBlock.of("$L == null ? null : $L.value()", value, value)
                : CodeBlock.of("$L.value()", value);
        boolean text = !enumSchema.get().integer() && jooqType(column).filter(ClassName.get(String.class)::equals)
                .isPresent();
        return text ? wire : CodeBlock.of("$L.getDataType().convert($L)", field(column), wire);
    }

    /** The name of the helper that turns a wire value into the enum, see {@link #enumReaderMethod}. */
    static String enumReader(EnumSchema schema) {
        return "to" + schema.javaName();
    }

    /** {@code private static ProjectStatus toProjectStatus(String value)}: null stays null. */
    MethodSpec enumReaderMethod(EnumSchema schema) {
        ClassName enumClass = context.schemaClass(schema.name());
        TypeName wire = schema.integer() ? ClassName.get(Long.class) : ClassName.get(String.class);
        return MethodSpec.methodBuilder(enumReader(schema))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(enumClass)
                .addParameter(wire, "value")
                .addStatement("return value == null ? null : $T.fromValue(value)", enumClass)
                .build();
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

    /** The Java type jOOQ's generator gives the column, when Keel can be sure of it. */
    static Optional<TypeName> jooqType(Column column) {
        return Optional.ofNullable(switch (column.kind()) {
            case UUID -> ClassName.get(UUID.class);
            case TEXT, VARCHAR, CHAR -> ClassName.get(String.class);
            case ENUM -> column.sqlType().startsWith("enum(") ? ClassName.get(String.class) : null;
            case BOOLEAN -> ClassName.get(Boolean.class);
            case TINYINT -> ClassName.get(Byte.class);
            case SMALLINT -> ClassName.get(Short.class);
            case INTEGER -> ClassName.get(Integer.class);
            case BIGINT -> ClassName.get(Long.class);
            case NUMERIC -> column.scale().orElse(0) > 0 ? ClassName.get(BigDecimal.class) : null;
            case REAL -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DATE -> ClassName.get(LocalDate.class);
            case TIME -> ClassName.get(LocalTime.class);
            case TIME_TZ -> ClassName.get(OffsetTime.class);
            case TIMESTAMP -> ClassName.get(LocalDateTime.class);
            case TIMESTAMP_TZ -> ClassName.get(OffsetDateTime.class);
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
            default -> null;
        });
    }
}
