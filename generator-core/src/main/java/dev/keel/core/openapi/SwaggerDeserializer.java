package dev.keel.core.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.Arrays;

/**
 * swagger-parser's {@code OpenAPIDeserializer.deserialize(tree, location, options, oaiAuthor)} without its first
 * step: a copy of the whole tree into Java maps, which only JSON Schema parser extensions read. With none installed
 * the copy is dropped (GitHub's contract: some 60 ms on the main thread, and tens of MB of garbage); with one, or
 * with a root that is not an object (which the copy rejects), the deserializer runs as it is.
 */
final class SwaggerDeserializer {

    private SwaggerDeserializer() {
    }

    static SwaggerParseResult deserialize(JsonNode tree, String location, ParseOptions options) {
        OpenAPIDeserializer deserializer = new OpenAPIDeserializer();
        // A root that is not an object fails the copy, as it does here.
        if (!tree.isObject() || !OpenAPIDeserializer.getJsonSchemaParserExtensions().isEmpty()) {
            return deserializer.deserialize(tree, location, options, options.isOaiAuthor());
        }
        SwaggerParseResult result = new SwaggerParseResult();
        try {
            OpenAPIDeserializer.ParseResult found = new OpenAPIDeserializer.ParseResult();
            found.setOaiAuthor(options.isOaiAuthor());
            found.setInferSchemaType(options.isInferSchemaType());
            found.setAllowEmptyStrings(options.isAllowEmptyString());
            found.setValidateInternalRefs(options.isValidateInternalRefs());
            found.setExplicitStyleAndExplode(options.isExplicitStyleAndExplode());
            OpenAPI api = deserializer.parseRoot(tree, found, location);
            result.openapi31(found.isOpenapi31());
            result.setOpenAPI(api);
            result.setMessages(found.getMessages());
        } catch (Exception e) {
            // As swagger-parser words a failure.
            String message = e.getMessage();
            result.setMessages(Arrays.asList(message != null && !message.isBlank() ? message
                    : "Unexpected error deserialising spec"));
        }
        return result;
    }
}
