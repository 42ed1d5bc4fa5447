package dev.keel.core.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Questions about a swagger-parser schema that read the same for OpenAPI 3.0 and 3.1. */
final class SchemaShape {

    static final Set<String> KNOWN_TYPES = Set.of("string", "number", "integer", "boolean", "array", "object", "null");

    private SchemaShape() {
    }

    /** The declared types: 3.0's {@code type} or 3.1's {@code type} list, without {@code "null"}. */
    static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType());
        }
        types.remove("null");
        return types;
    }

    /** The one declared type, {@code null} when none is declared or only {@code "null"}. */
    static String type(Schema<?> schema) {
        Set<String> types = types(schema);
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /** 3.0 {@code nullable: true}, or 3.1 {@code type: [T, "null"]}. */
    static boolean nullable(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getNullable())) {
            return true;
        }
        boolean typeNull = schema.getTypes() != null && schema.getTypes().contains("null")
                || "null".equals(schema.getType());
        return typeNull || schema.getEnum() != null && schema.getEnum().contains(null);
    }

    /** A schema that only says "null": {@code type: 'null'} or 3.0 {@code nullable: true} with nothing else. */
    static boolean isOnlyNull(Schema<?> schema) {
        boolean declaresNull = schema.getTypes() != null && schema.getTypes().equals(Set.of("null"))
                || "null".equals(schema.getType());
        return declaresNull && schema.get$ref() == null;
    }

    static boolean isObject(Schema<?> schema) {
        String type = type(schema);
        return "object".equals(type) || type == null && types(schema).isEmpty() && schema.getProperties() != null;
    }

    static boolean isArray(Schema<?> schema) {
        String type = type(schema);
        return "array".equals(type) || type == null && types(schema).isEmpty() && schema.getItems() != null;
    }

    /**
     * The schema of {@code additionalProperties}, when it is one rather than {@code true}/{@code false}: a 3.1
     * contract's boolean comes as a Boolean after swagger-parser's resolution and as a boolean schema without it.
     */
    static Schema<?> additionalProperties(Schema<?> schema) {
        return schema.getAdditionalProperties() instanceof Schema<?> values && values.getBooleanSchemaValue() == null
                ? values : null;
    }

    static List<Schema> alternatives(Schema<?> schema) {
        if (nonEmpty(schema.getOneOf())) {
            return schema.getOneOf();
        }
        return nonEmpty(schema.getAnyOf()) ? schema.getAnyOf() : List.of();
    }

    static String alternativesKeyword(Schema<?> schema) {
        return nonEmpty(schema.getOneOf()) ? "oneOf" : "anyOf";
    }

    static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    static Object extension(Schema<?> schema, String name) {
        Map<String, Object> extensions = schema.getExtensions();
        return extensions == null ? null : extensions.get(name);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
