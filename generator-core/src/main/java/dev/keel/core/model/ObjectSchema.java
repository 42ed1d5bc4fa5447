package dev.keel.core.model;

import java.util.List;

/**
 * An object schema; becomes a Java record. Properties keep the contract's order.
 *
 * @param tableHints what {@code x-keel-table}, {@code x-keel-owner} and {@code x-keel-updated-at} say
 */
public record ObjectSchema(
        String name,
        String javaName,
        String description,
        boolean deprecated,
        List<Property> properties,
        String pointer,
        TableHints tableHints) implements SchemaDef {

    public ObjectSchema {
        properties = List.copyOf(properties);
    }

    /** A schema without table extensions. */
    public ObjectSchema(String name, String javaName, String description, boolean deprecated, List<Property> properties,
            String pointer) {
        this(name, javaName, description, deprecated, properties, pointer, TableHints.NONE);
    }
}
