package dev.keel.core.model;

/**
 * @param contentType the media type the controller consumes, e.g. {@code application/json}
 * @param type the body's type; a {@link TypeRef.Named} for object bodies
 */
public record RequestBody(String contentType, TypeRef type, boolean required) {

    /** A form ({@code application/x-www-form-urlencoded}) or a multipart body, bound field by field, not as JSON. */
    public boolean isForm() {
        String lower = contentType.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded");
    }
}
