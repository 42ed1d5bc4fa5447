package dev.keel.core.emit.model;

import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.UnionSchema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The unions a record is a variant of, and the discriminator values it can fill in itself. */
final class UnionMembership {

    private final List<UnionSchema> unions;
    private final ObjectSchema schema;

    /** {@code unions}: those listing {@code schema} as a variant, in the contract's order. */
    UnionMembership(ObjectSchema schema, List<UnionSchema> unions) {
        this.schema = schema;
        this.unions = unions;
    }

    List<UnionSchema> unions() {
        return unions;
    }

    /**
     * For each string discriminator property of the record, the one value that names it in every union: a record
     * built without it still serializes with its name. A property named differently by two unions gets none.
     */
    Map<Property, String> discriminatorDefaults() {
        Map<String, String> byProperty = new TreeMap<>();
        Map<String, Boolean> ambiguous = new TreeMap<>();
        for (UnionSchema union : unions) {
            if (union.discriminator().isEmpty()) {
                continue;
            }
            String property = union.discriminator().get();
            union.variants().stream().filter(v -> v.schemaName().equals(schema.name())).findFirst()
                    .ifPresent(variant -> {
                        String value = variant.discriminatorValues().isEmpty() ? ""
                                : variant.discriminatorValues().get(0);
                        String known = byProperty.putIfAbsent(property, value);
                        if (value.isEmpty() || known != null && !known.equals(value)) {
                            ambiguous.put(property, true);
                        }
                    });
        }
        Map<Property, String> defaults = new java.util.LinkedHashMap<>();
        for (Property property : schema.properties()) {
            String value = byProperty.get(property.name());
            if (value != null && !ambiguous.containsKey(property.name()) && isString(property.type())
                    && property.defaultValue().isEmpty()) {
                defaults.put(property, value);
            }
        }
        return defaults;
    }

    private static boolean isString(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
    }
}
