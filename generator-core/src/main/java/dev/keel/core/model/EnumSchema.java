package dev.keel.core.model;

import java.util.List;

/**
 * An enum; becomes a Java enum whose constants carry the wire values.
 *
 * @param integer whether the wire values are integers rather than strings
 */
public record EnumSchema(
        String name,
        String javaName,
        String description,
        boolean integer,
        List<Constant> constants,
        String pointer) implements SchemaDef {

    public EnumSchema {
        constants = List.copyOf(constants);
    }

    /** @param javaName a unique, stable constant name; @param value the wire value as text */
    public record Constant(String javaName, String value) {
    }
}
