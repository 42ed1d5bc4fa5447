package dev.keel.core.model;

import java.util.Optional;

/**
 * One property of an object schema.
 *
 * @param name the JSON name
 * @param javaName the record component name
 * @param trim whether a string value is stripped of surrounding white space before validation
 *     ({@code x-keel-trim: true})
 * @param defaultValue the spec's default as JSON text, applied when the property is absent
 * @param column {@code x-keel-column}: the column the property is stored in, when not the one named like it
 * @param transientProperty {@code x-keel-transient: true}: the property is stored in no column
 * @param encrypted {@code x-keel-encrypted: true}: the column holds the value AES-GCM encrypted
 */
public record Property(
        String name,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean readOnly,
        boolean writeOnly,
        boolean deprecated,
        boolean trim,
        Constraints constraints,
        Optional<String> defaultValue,
        String description,
        String pointer,
        Optional<String> column,
        boolean transientProperty,
        boolean encrypted) {

    /** A property stored as it is. */
    public Property(String name, String javaName, TypeRef type, boolean required, boolean nullable, boolean readOnly,
            boolean writeOnly, boolean deprecated, boolean trim, Constraints constraints, Optional<String> defaultValue,
            String description, String pointer, Optional<String> column, boolean transientProperty) {
        this(name, javaName, type, required, nullable, readOnly, writeOnly, deprecated, trim, constraints, defaultValue,
                description, pointer, column, transientProperty, false);
    }

    /** A property without storage extensions. */
    public Property(String name, String javaName, TypeRef type, boolean required, boolean nullable, boolean readOnly,
            boolean writeOnly, boolean deprecated, boolean trim, Constraints constraints, Optional<String> defaultValue,
            String description, String pointer) {
        this(name, javaName, type, required, nullable, readOnly, writeOnly, deprecated, trim, constraints, defaultValue,
                description, pointer, Optional.empty(), false);
    }
}
