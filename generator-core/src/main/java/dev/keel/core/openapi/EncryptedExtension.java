package dev.keel.core.openapi;

import dev.keel.core.model.TypeRef;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A property's {@code x-keel-encrypted}: {@code true} stores the value AES-256-GCM encrypted. Only strings are
 * encrypted (the ciphertext is text); anything else is an error at the extension.
 */
final class EncryptedExtension {

    static final String NAME = "x-keel-encrypted";

    private EncryptedExtension() {
    }

    static boolean read(ReadContext context, Schema<?> schema, TypeRef type, JsonPointer at) {
        Object value = schema == null ? null : SchemaShape.extension(schema, NAME);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            context.problems.error(at.child(NAME), NAME + " must be true or false; found " + value);
            return false;
        }
        boolean text = type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
        if (Boolean.TRUE.equals(value) && !text) {
            context.problems.error(at.child(NAME), NAME + " applies to string properties (without a format that "
                    + "changes their type); this property is not a plain string");
            return false;
        }
        return Boolean.TRUE.equals(value);
    }
}
