package dev.keel.core.openapi;

import dev.keel.core.model.TypeRef.Scalar.Kind;
import io.swagger.v3.oas.models.media.Schema;

/** Which built-in scalar a {@code type} and {@code format} become. */
final class ScalarKinds {

    private ScalarKinds() {
    }

    /** @param type one of string, integer, number, boolean; anything else is any JSON value */
    static Kind of(String type, Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (type) {
            case "string":
                return string(format, schema);
            case "integer":
                // Without a format an integer may exceed 32 bits; a long is the safe reading.
                return format.equals("int32") ? Kind.INT32 : Kind.INT64;
            case "number":
                return number(format);
            case "boolean":
                return Kind.BOOLEAN;
            default:
                return Kind.ANY;
        }
    }

    /** The JSON type of a {@code const} value, for a schema that gives no {@code type}; null for others. */
    static String typeOfValue(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "integer";
        }
        return value instanceof Number ? "number" : null;
    }

    private static Kind string(String format, Schema<?> schema) {
        switch (format) {
            case "uuid":
                return Kind.UUID;
            case "date":
                return Kind.DATE;
            case "date-time":
                return Kind.DATE_TIME;
            case "uri":
                return Kind.URI;
            case "byte":
                return Kind.BYTES;
            case "binary":
                return Kind.BINARY;
            default:
                // 3.1 spells base64 content as contentEncoding rather than format: byte.
                return "base64".equals(schema.getContentEncoding()) ? Kind.BYTES : Kind.STRING;
        }
    }

    private static Kind number(String format) {
        switch (format) {
            case "float":
                return Kind.FLOAT;
            case "decimal":
                return Kind.DECIMAL;
            default:
                return Kind.DOUBLE;
        }
    }
}
