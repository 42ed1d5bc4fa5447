package dev.keel.core.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the properties of an object schema and of every {@code allOf} part it has, following
 * {@code $ref}s, into one list: a part's properties come before the schema's own, a later declaration of a
 * property replaces an earlier one, and {@code required} is the union of all parts.
 */
final class AllOfFlattener {

    private final ReadContext context;
    private final Map<String, Schema> components;
    private final Map<String, Located> properties = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> visiting = new HashSet<>();

    AllOfFlattener(ReadContext context, Map<String, Schema> components) {
        this.context = context;
        this.components = components;
    }

    /** A property's schema and where it is declared. */
    record Located(Schema<?> schema, JsonPointer pointer) {
    }

    record Flat(Map<String, Located> properties, Set<String> required) {
    }

    Flat flatten(Schema<?> schema, JsonPointer at) {
        collect(schema, at);
        return new Flat(properties, required);
    }

    private void collect(Schema<?> schema, JsonPointer at) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            collectReferenced(schema.get$ref(), at.child("$ref"));
            return;
        }
        List<Schema> parts = schema.getAllOf();
        for (int i = 0; parts != null && i < parts.size(); i++) {
            collect(parts.get(i), at.child("allOf", Integer.toString(i)));
        }
        if (!SchemaShape.alternatives(schema).isEmpty()) {
            context.problems.warning(at.child(SchemaShape.alternativesKeyword(schema)),
                    SchemaShape.alternativesKeyword(schema) + " inside an object is not supported yet; Keel keeps "
                            + "only the properties declared directly");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) ->
                    properties.put(name, new Located(property, at.child("properties", name))));
        }
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
    }

    private void collectReferenced(String ref, JsonPointer at) {
        Optional<String> name = context.componentName(ref, "schemas");
        if (name.isEmpty() || !components.containsKey(name.get())) {
            context.reportUnresolved(ref, at, "schemas");
            return;
        }
        if (visiting.add(name.get())) {
            collect(components.get(name.get()), JsonPointer.of("components", "schemas", name.get()));
            visiting.remove(name.get());
        }
    }
}
