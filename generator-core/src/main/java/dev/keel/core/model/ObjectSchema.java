package dev.keel.core.model;

import java.util.List;

/** An object schema; becomes a Java record. Properties keep the contract's order. */
public record ObjectSchema(
        String name,
        String javaName,
        String description,
        boolean deprecated,
        List<Property> properties,
        String pointer) implements SchemaDef {

    public ObjectSchema {
        properties = List.copyOf(properties);
    }
}
