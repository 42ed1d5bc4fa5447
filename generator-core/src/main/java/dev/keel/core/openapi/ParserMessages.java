package dev.keel.core.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns swagger-parser's messages into located diagnostics. Its messages name a place as a dotted location
 * ({@code attribute paths.'/pets'(get).parameters.[limit].in is missing}); this class turns that into a JSON
 * pointer and a line, and decides the severity: a missing or mistyped attribute is an error, an ignored one a
 * warning. Messages about problems the model reader reports itself, with a better location (dangling
 * {@code $ref}s, arrays without {@code items}, undeclared path parameters), are dropped.
 */
final class ParserMessages {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "attribute (.+?) (is unexpected|is missing|is not of type `(.*)`|is unsupported|is repeated"
                    + "|is reserved by The OpenAPI Initiative)");
    private static final Set<String> TOP_LEVEL = Set.of(
            "openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "webhooks",
            "jsonSchemaDialect");

    private final SpecProblems problems;
    private final Collection<String> reportedRefs;

    /** @param reportedRefs the {@code $ref} values the model reader already reported as unresolvable */
    ParserMessages(SpecProblems problems, Collection<String> reportedRefs) {
        this.problems = problems;
        this.reportedRefs = reportedRefs;
    }

    void report(List<String> messages) {
        for (String message : messages) {
            if (message != null && !isReportedElsewhere(message)) {
                translate(message);
            }
        }
    }

    private boolean isReportedElsewhere(String message) {
        if (message.contains("Declared path parameter") || message.startsWith("Duplicate field")) {
            return true; // the path check and the YAML check report these with their lines
        }
        Matcher attribute = ATTRIBUTE.matcher(message);
        if (attribute.matches() && attribute.group(2).equals("is missing")) {
            String location = attribute.group(1);
            return location.endsWith(".items") || (location.contains("#/") && !reportedRefs.isEmpty());
        }
        if (attribute.matches() && "schema".equals(attribute.group(3))) {
            // swagger-parser's echo of an unresolvable $ref inside a 3.0 schema, named by the missing component
            String location = attribute.group(1);
            String missing = location.substring(location.lastIndexOf('.') + 1);
            return reportedRefs.stream().anyMatch(ref -> ref.endsWith("/" + missing));
        }
        return !message.startsWith("attribute ") && mentionsReportedRef(message);
    }

    private boolean mentionsReportedRef(String message) {
        for (String ref : reportedRefs) {
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String fileName = file.substring(file.lastIndexOf('/') + 1);
            String fragment = hash < 0 ? "" : ref.substring(hash + 1);
            boolean namesFile = !fileName.isEmpty() && message.contains(fileName);
            boolean namesFragment = !fragment.isEmpty() && message.contains(fragment);
            if (namesFile || namesFragment) {
                return true;
            }
        }
        return false;
    }

    private void translate(String message) {
        Matcher attribute = ATTRIBUTE.matcher(message);
        if (attribute.matches()) {
            List<String> tokens = tokens(attribute.group(1));
            JsonPointer pointer = problems.locator().pointerOf(tokens, true);
            String name = "'" + tokens.get(tokens.size() - 1) + "'";
            String kind = attribute.group(2);
            if (kind.equals("is missing")) {
                problems.error(pointer, name + " is missing; OpenAPI requires it here");
            } else if (kind.startsWith("is not of type")) {
                problems.error(pointer, name + " must be of type " + attribute.group(3));
            } else if (kind.equals("is repeated") && !attribute.group(1).startsWith("tags")) {
                problems.error(pointer, name + " is repeated; it must be unique");
            } else {
                problems.warning(pointer, name + " " + kind.replace("is unexpected", "is not expected here")
                        + "; Keel ignores it");
            }
            return;
        }
        List<String> tokens = tokens(message);
        if (tokens.size() > 1 && TOP_LEVEL.contains(tokens.get(0))) {
            JsonPointer pointer = problems.locator().pointerOf(tokens, false);
            problems.warning(pointer, tokens.get(tokens.size() - 1).strip());
        } else {
            problems.error(JsonPointer.ROOT, message);
        }
    }

    /**
     * Splits a swagger-parser location at dots outside quotes and brackets; {@code '/pets'(get)} yields the
     * path and the method.
     */
    static List<String> tokens(String location) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        int brackets = 0;
        for (char c : location.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                brackets++;
                token.append(c);
            } else if (!quoted && c == ']') {
                brackets--;
                token.append(c);
            } else if (!quoted && brackets == 0 && c == '.') {
                addToken(token.toString(), tokens);
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        addToken(token.toString(), tokens);
        return tokens;
    }

    private static void addToken(String token, List<String> tokens) {
        Matcher method = Pattern.compile("(.*)\\((get|put|post|delete|options|head|patch|trace)\\)").matcher(token);
        if (method.matches()) {
            tokens.add(method.group(1));
            tokens.add(method.group(2));
        } else if (!token.isEmpty()) {
            tokens.add(token);
        }
    }
}
