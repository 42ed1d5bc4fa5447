package dev.keel.core.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

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
     * @return false when the text is not well-formed JSON or repeats a key, and reading must stop: unlike
     *     a YAML reader, swagger-parser's JSON reader rejects a repeated key with an exception of its own
     */
    static boolean check(String text, SpecProblems problems) {
        Deque<Set<String>> objects = new ArrayDeque<>();
        boolean unique = true;
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    objects.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    objects.pop();
                } else if (token == JsonToken.FIELD_NAME && !objects.peek().add(parser.currentName())) {
                    unique = false;
                    problems.errorAtLine(parser.currentTokenLocation().getLineNr(), pointerOf(parser),
                            "Duplicate key '" + parser.currentName() + "': a parser would keep only the last one");
                }
            }
            return unique;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            problems.errorAtLine(at == null ? 0 : at.getLineNr(), pointerOf(e.getProcessor()),
                    "The contract is not valid JSON" + where + ": " + e.getOriginalMessage());
            return false;
        } catch (IOException e) {
            problems.errorAtLine(0, JsonPointer.ROOT, "The contract is not valid JSON: " + e.getMessage());
            return false;
        }
    }

    private static JsonPointer pointerOf(Object processor) {
        if (!(processor instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return JsonPointer.ROOT;
        }
        return JsonPointer.parse(parser.getParsingContext().pathAsPointer().toString());
    }
}
