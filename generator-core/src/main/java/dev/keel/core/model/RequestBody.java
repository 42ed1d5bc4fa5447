package dev.keel.core.model;

/**
 * @param contentType the media type the controller consumes, e.g. {@code application/json}
 * @param type the body's type; a {@link TypeRef.Named} for object bodies
 */
public record RequestBody(String contentType, TypeRef type, boolean required) {
}
