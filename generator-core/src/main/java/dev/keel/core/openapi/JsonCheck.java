package dev.keel.core.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@link YamlCheck} for a contract written as JSON: the same checks (syntax error with line and column, a
 * key written twice in one object) with Jackson's streaming parser, which reads a multi-megabyte JSON
 * contract several times faster than a YAML scanner does.
 */
final class JsonCheck {

    private JsonCheck() {
    }

    /** True when the text is a JSON object: its first non-blank character is an opening brace. */
    static boolean isJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return false;
    }

    /**
     * What the check found: whether reading goes on, and the tree swagger-parser reads the contract from (null when
     * the text is not well-formed JSON or repeats a key: unlike a YAML reader, swagger-parser's JSON reader rejects a
     * repeated key with an exception of its own).
     */
    record Reading(boolean wellFormed, JsonNode tree) {

        static Reading of(boolean wellFormed) {
            return new Reading(wellFormed, null);
        }
    }

    /**
     * Checks the text and builds, in the same pass, the tree Jackson's {@code readTree} would build (the same node
     * types for every number), so the contract is tokenized once and not again by swagger-parser.
     */
    static Reading read(String text, SpecProblems problems) {
        TreeBuilder builder = new TreeBuilder();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                builder.accept(token, parser, problems);
            }
            return builder.unique ? new Reading(true, builder.root) : Reading.of(false);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            problems.errorAtLine(at == null ? 0 : at.getLineNr(), pointerOf(e.getProcessor()),
                    "The contract is not valid JSON" + where + ": " + e.getOriginalMessage());
            return Reading.of(false);
        } catch (IOException e) {
            problems.errorAtLine(0, JsonPointer.ROOT, "The contract is not valid JSON: " + e.getMessage());
            return Reading.of(false);
        }
    }

    /** The open objects and arrays, innermost first; the first root value is the tree. */
    private static final class TreeBuilder {
        private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
        private JsonNode root;
        private boolean unique = true;

        void accept(JsonToken token, JsonParser parser, SpecProblems problems) throws IOException {
            switch (token) {
                case START_OBJECT -> open.push(attach(JsonNodeFactory.instance.objectNode(), parser));
                case START_ARRAY -> open.push(attach(JsonNodeFactory.instance.arrayNode(), parser));
                case END_OBJECT, END_ARRAY -> open.pop();
                case FIELD_NAME -> {
                    if (((ObjectNode) open.peek()).has(parser.currentName())) {
                        unique = false;
                        problems.errorAtLine(parser.currentTokenLocation().getLineNr(), pointerOf(parser),
                                "Duplicate key '" + parser.currentName() + "': a parser would keep only the last one");
                    }
                }
                default -> attach(scalar(token, parser), parser);
            }
        }

        private <T extends JsonNode> T attach(T node, JsonParser parser) throws IOException {
            ContainerNode<?> parent = open.peek();
            if (parent instanceof ObjectNode object) {
                object.set(parser.currentName(), node);
            } else if (parent instanceof ArrayNode array) {
                array.add(node);
            } else if (root == null) {
                root = node;
            }
            return node;
        }

        /** As Jackson's tree deserializer makes them with its default features. */
        private static JsonNode scalar(JsonToken token, JsonParser parser) throws IOException {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (token) {
                case VALUE_STRING -> nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> switch (parser.getNumberTypeFP()) {
                    case BIG_DECIMAL -> nodes.numberNode(parser.getDecimalValue());
                    case FLOAT32 -> nodes.numberNode(parser.getFloatValue());
                    default -> nodes.numberNode(parser.getDoubleValue());
                };
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NULL -> nodes.nullNode();
                default -> nodes.pojoNode(parser.getEmbeddedObject());
            };
        }
    }

    private static JsonPointer pointerOf(Object processor) {
        if (!(processor instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return JsonPointer.ROOT;
        }
        return JsonPointer.parse(parser.getParsingContext().pathAsPointer().toString());
    }
}
