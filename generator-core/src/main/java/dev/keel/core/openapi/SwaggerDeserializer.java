package dev.keel.core.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * swagger-parser's {@code OpenAPIDeserializer.deserialize(tree, location, options, oaiAuthor)} without its first
 * step: a copy of the whole tree into Java maps, which only JSON Schema parser extensions read. With none installed
 * the copy is dropped (GitHub's contract: some 60 ms on the main thread, and tens of MB of garbage); with one, or
 * with a root that is not an object (which the copy rejects), the deserializer runs as it is.
 *
 * <p>Extension values ({@code x-...}) are turned into Java values here rather than by swagger-core's Jackson mapper,
 * which swagger-parser builds for the first one: that mapper's set-up (Jackson's date formats asking the JDK for
 * calendar and locale data) took 50 to 60 ms of CPU on the main thread of every run whose contract has one.
 */
final class SwaggerDeserializer {

    private SwaggerDeserializer() {
    }

    static SwaggerParseResult deserialize(JsonNode tree, String location, ParseOptions options) {
        OpenAPIDeserializer deserializer = new ExtensionReadingDeserializer();
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

    /**
     * swagger-parser's deserializer with {@code getExtensions} as swagger-parser writes it: the object's own
     * {@code x-} keys, else those of an object under the key {@code extensions} (cast as swagger-parser casts it).
     */
    static final class ExtensionReadingDeserializer extends OpenAPIDeserializer {

        @Override
        public Map<String, Object> getExtensions(ObjectNode node) {
            Map<String, Object> extensions = directExtensions(node);
            JsonNode nested = node.get("extensions");
            if (extensions.isEmpty() && nested != null) {
                extensions.putAll(directExtensions((ObjectNode) nested));
            }
            return extensions;
        }

        private Map<String, Object> directExtensions(ObjectNode node) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            for (String key : getKeys(node)) {
                if (key.startsWith("x-")) {
                    extensions.put(key, javaValue(node.get(key)));
                }
            }
            return extensions;
        }
    }

    /**
     * What Jackson's {@code convertValue(node, Object.class)} gives with swagger-core's settings: maps in key order,
     * lists, strings, booleans, the node's own number type, null.
     */
    static Object javaValue(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                node.fields().forEachRemaining(field -> map.put(field.getKey(), javaValue(field.getValue())));
                return map;
            case ARRAY:
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(element -> list.add(javaValue(element)));
                return list;
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return node.numberValue();
            case BINARY:
                return ((BinaryNode) node).binaryValue();
            case POJO:
                return ((POJONode) node).getPojo();
            default:
                return null;
        }
    }
}
