package dev.keel.core.bind;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which contract types a column can hold without losing values either way: a uuid needs a {@code UUID} column, an
 * integer an integer column, a string enum a text column. Types the generated data layer cannot convert yet
 * (objects, arrays, free-form JSON) fit no column.
 */
final class TypeFit {

    private static final Set<ColumnKind> TEXT = EnumSet.of(ColumnKind.TEXT, ColumnKind.VARCHAR, ColumnKind.CHAR);
    private static final Set<ColumnKind> WHOLE = EnumSet.of(ColumnKind.TINYINT, ColumnKind.SMALLINT,
            ColumnKind.INTEGER, ColumnKind.BIGINT);
    private static final Set<ColumnKind> FRACTIONAL = EnumSet.of(ColumnKind.REAL, ColumnKind.DOUBLE,
            ColumnKind.NUMERIC);

    private static final Map<Kind, Set<ColumnKind>> SCALARS = Map.ofEntries(
            Map.entry(Kind.STRING, TEXT),
            Map.entry(Kind.URI, TEXT),
            Map.entry(Kind.UUID, EnumSet.of(ColumnKind.UUID)),
            Map.entry(Kind.INT32, WHOLE),
            Map.entry(Kind.INT64, WHOLE),
            Map.entry(Kind.FLOAT, FRACTIONAL),
            Map.entry(Kind.DOUBLE, FRACTIONAL),
            Map.entry(Kind.DECIMAL, FRACTIONAL),
            Map.entry(Kind.BOOLEAN, EnumSet.of(ColumnKind.BOOLEAN)),
            Map.entry(Kind.DATE, EnumSet.of(ColumnKind.DATE)),
            Map.entry(Kind.DATE_TIME, EnumSet.of(ColumnKind.TIMESTAMP, ColumnKind.TIMESTAMP_TZ)),
            Map.entry(Kind.BYTES, EnumSet.of(ColumnKind.BINARY)),
            Map.entry(Kind.BINARY, EnumSet.of(ColumnKind.BINARY)),
            Map.entry(Kind.ANY, EnumSet.noneOf(ColumnKind.class)));

    private final ApiModel api;

    TypeFit(ApiModel api) {
        this.api = api;
    }

    /** Why a value of {@code type} cannot be stored in {@code column}; empty when it can. */
    Optional<String> misfit(TypeRef type, Column column) {
        if (column.kind() == ColumnKind.ENUM && !column.sqlType().startsWith("enum(")) {
            return Optional.of("columns of a PostgreSQL enum type are not supported by the data layer yet; use TEXT "
                    + "with a CHECK (... IN (...)) constraint");
        }
        if (fits(type, column)) {
            return Optional.empty();
        }
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == Kind.ANY
                || type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf || isObject(type)) {
            return Optional.of("the data layer cannot store " + describe(type) + " in a column yet; mark the property "
                    + "x-keel-transient");
        }
        return Optional.of("incompatible types");
    }

    private boolean fits(TypeRef type, Column column) {
        if (type instanceof TypeRef.Scalar scalar) {
            boolean wholeNumeric = column.kind() == ColumnKind.NUMERIC && column.scale().orElse(0) == 0;
            boolean integer = scalar.kind() == Kind.INT32 || scalar.kind() == Kind.INT64;
            return SCALARS.get(scalar.kind()).contains(column.kind()) || integer && wholeNumeric;
        }
        Optional<EnumSchema> enumSchema = enumSchema(type);
        if (enumSchema.isEmpty()) {
            return false;
        }
        if (enumSchema.get().integer()) {
            return WHOLE.contains(column.kind());
        }
        return TEXT.contains(column.kind()) || column.kind() == ColumnKind.ENUM;
    }

    Optional<EnumSchema> enumSchema(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            Optional<SchemaDef> schema = api.schema(named.schemaName());
            if (schema.isPresent() && schema.get() instanceof EnumSchema enumSchema) {
                return Optional.of(enumSchema);
            }
        }
        return Optional.empty();
    }

    private boolean isObject(TypeRef type) {
        return type instanceof TypeRef.Named && enumSchema(type).isEmpty();
    }

    /** The type as a user reads it in the contract: {@code uuid}, {@code integer (int32)}, {@code enum Role}. */
    String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "string";
                case INT32 -> "integer (int32)";
                case INT64 -> "integer (int64)";
                case FLOAT, DOUBLE, DECIMAL -> "number";
                case BOOLEAN -> "boolean";
                case UUID -> "uuid";
                case DATE -> "date";
                case DATE_TIME -> "date-time";
                case URI -> "uri";
                case BYTES -> "base64 bytes";
                case BINARY -> "binary";
                case ANY -> "any JSON value";
            };
        }
        if (type instanceof TypeRef.Named named) {
            return (enumSchema(type).isPresent() ? "enum " : "object ") + named.schemaName();
        }
        return type instanceof TypeRef.ListOf ? "an array" : "a map";
    }
}
