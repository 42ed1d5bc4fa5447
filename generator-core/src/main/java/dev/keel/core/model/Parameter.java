package dev.keel.core.model;

import java.util.Optional;

/**
 * A path, query, header or cookie parameter.
 *
 * @param name the wire name, e.g. {@code X-Request-Id}
 * @param javaName the Java parameter name, e.g. {@code xRequestId}
 * @param defaultValue the spec's default rendered as text, as Spring's {@code defaultValue} takes it
 * @param deepObject a query object sent field by field, {@code filter[name]=x&filter[age]=3}
 *     ({@code style: deepObject}); its type names an object schema
 */
public record Parameter(
        String name,
        String javaName,
        Location in,
        TypeRef type,
        boolean required,
        Constraints constraints,
        Optional<String> defaultValue,
        String description,
        boolean deepObject) {

    public enum Location { PATH, QUERY, HEADER, COOKIE }

    /** A parameter sent as one value (or one value per item). */
    public Parameter(String name, String javaName, Location in, TypeRef type, boolean required, Constraints constraints,
            Optional<String> defaultValue, String description) {
        this(name, javaName, in, type, required, constraints, defaultValue, description, false);
    }
}
