package dev.keel.core.emit.api;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.HttpMethod;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.TypeRef;
import java.util.Locale;
import java.util.Optional;

/**
 * Which operations hand their body to the handler as a {@code PatchRequest}: a PATCH whose body is a JSON object
 * of a named schema. Their handler needs the names the request contained, because the record alone cannot tell an
 * absent property from an explicit {@code null}.
 */
public final class PatchBodies {

    private PatchBodies() {
    }

    /** The object schema of the operation's body, when the operation is such a PATCH. */
    public static Optional<ObjectSchema> patchedSchema(Operation operation, ApiModel api) {
        if (operation.method() != HttpMethod.PATCH) {
            return Optional.empty();
        }
        return operation.requestBody()
                .filter(body -> isJson(body.contentType()))
                .map(RequestBody::type)
                .filter(TypeRef.Named.class::isInstance)
                .flatMap(type -> api.schema(((TypeRef.Named) type).schemaName()))
                .filter(ObjectSchema.class::isInstance)
                .map(ObjectSchema.class::cast);
    }

    /** {@code application/json} or a JSON-based type such as {@code application/merge-patch+json}. */
    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
