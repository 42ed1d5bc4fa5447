package dev.keel.core.model;

import java.util.Optional;

/**
 * A path, query, header or cookie parameter.
 *
 * @param name the wire name, e.g. {@code X-Request-Id}
 * @param javaName the Java parameter name, e.g. {@code xRequestId}
 * @param defaultValue the spec's default rendered as text, as Spring's {@code defaultValue} takes it
 */
public record Parameter(
        String name,
        String javaName,
        Location in,
        TypeRef type,
        boolean required,
        Constraints constraints,
        Optional<String> defaultValue,
        String description) {

    public enum Location { PATH, QUERY, HEADER, COOKIE }
}
