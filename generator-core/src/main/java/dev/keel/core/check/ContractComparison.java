package dev.keel.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a previous contract snapshot with the current one and lists what clients or user code notice: removed
 * operations, schemas and fields, new required fields and parameters, narrowed types, enums and bounds. An
 * operation whose id changed while its method and path stayed is reported as renamed, because the handler method
 * a user implemented under the old name no longer overrides anything.
 */
public final class ContractComparison {

    /** Widenings a client never notices: every value of the old type is a value of the new one. */
    private static final Set<String> WIDENINGS = Set.of(
            "int32>int64", "int32>decimal", "int64>decimal", "int32>double", "float>double", "float>decimal",
            "double>decimal", "uuid>string", "date>string", "date_time>string", "uri>string");

    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minimum", "minItems");
    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maximum", "maxItems");

    private final List<ContractChange> changes = new ArrayList<>();

    private ContractComparison() {
    }

    public static List<ContractChange> compare(JsonNode previous, JsonNode current) {
        ContractComparison comparison = new ContractComparison();
        comparison.operations(previous.path("operations"), current.path("operations"));
        comparison.schemas(previous.path("schemas"), current.path("schemas"));
        return List.copyOf(comparison.changes);
    }

    private void operations(JsonNode previous, JsonNode current) {
        for (Map.Entry<String, JsonNode> entry : fields(previous)) {
            String id = entry.getKey();
            JsonNode old = entry.getValue();
            if (current.has(id)) {
                parameters(id, old, current.get(id));
                continue;
            }
            String route = old.path("method").asText() + " " + old.path("path").asText();
            Optional<String> renamed = sameRoute(current, previous, old);
            if (renamed.isPresent()) {
                add(ContractChange.Kind.RENAMED_OPERATION, current.get(renamed.get()).path("pointer").asText(),
                        "operation " + id + " (" + route + ") was renamed to " + renamed.get()
                                + "; rename your implementation of " + id + " to " + renamed.get(), false);
                parameters(renamed.get(), old, current.get(renamed.get()));
            } else {
                add(ContractChange.Kind.REMOVED_OPERATION, old.path("pointer").asText(),
                        "operation " + id + " (" + route + ") was removed", true);
            }
        }
    }

    /** The id of a new operation on the same method and path as {@code old}. */
    private static Optional<String> sameRoute(JsonNode current, JsonNode previous, JsonNode old) {
        for (Map.Entry<String, JsonNode> entry : fields(current)) {
            JsonNode candidate = entry.getValue();
            if (!previous.has(entry.getKey()) && candidate.path("method").equals(old.path("method"))
                    && candidate.path("path").equals(old.path("path"))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private void parameters(String id, JsonNode old, JsonNode now) {
        String pointer = now.path("pointer").asText();
        JsonNode oldParameters = old.path("parameters");
        for (Map.Entry<String, JsonNode> entry : fields(now.path("parameters"))) {
            JsonNode parameter = entry.getValue();
            String name = entry.getKey();
            JsonNode before = oldParameters.get(name);
            boolean required = parameter.path("required").asBoolean();
            if (required && (before == null || !before.path("required").asBoolean())) {
                add(ContractChange.Kind.NEW_REQUIRED_PARAMETER, pointer + "/parameters",
                        "operation " + id + " requires parameter " + name, true);
            }
            if (before != null) {
                typeAndBounds("parameter " + name + " of operation " + id, pointer + "/parameters", before, parameter);
            }
        }
        JsonNode oldBody = old.path("requestBody");
        JsonNode body = now.path("requestBody");
        if (body.path("required").asBoolean() && !oldBody.path("required").asBoolean()) {
            add(ContractChange.Kind.NEW_REQUIRED_PARAMETER, pointer + "/requestBody",
                    "operation " + id + " requires a request body", true);
        }
    }

    private void schemas(JsonNode previous, JsonNode current) {
        for (Map.Entry<String, JsonNode> entry : fields(previous)) {
            String name = entry.getKey();
            JsonNode old = entry.getValue();
            JsonNode now = current.get(name);
            if (now == null) {
                add(ContractChange.Kind.REMOVED_SCHEMA, old.path("pointer").asText(),
                        "schema " + name + " was removed", true);
            } else if (old.has("enum")) {
                enumValues(name, old, now);
            } else {
                properties(name, old, now);
            }
        }
    }

    private void enumValues(String name, JsonNode old, JsonNode now) {
        Set<String> values = new HashSet<>();
        now.path("enum").forEach(value -> values.add(value.asText()));
        for (JsonNode value : old.path("enum")) {
            if (!values.contains(value.asText())) {
                add(ContractChange.Kind.NARROWED_ENUM, now.path("pointer").asText(),
                        "enum " + name + " no longer has the value " + value.asText(), true);
            }
        }
    }

    private void properties(String schema, JsonNode old, JsonNode now) {
        JsonNode oldProperties = old.path("properties");
        JsonNode properties = now.path("properties");
        for (Map.Entry<String, JsonNode> entry : fields(oldProperties)) {
            if (!properties.has(entry.getKey())) {
                add(ContractChange.Kind.REMOVED_FIELD, entry.getValue().path("pointer").asText(),
                        "field " + entry.getKey() + " of schema " + schema + " was removed", true);
            }
        }
        for (Map.Entry<String, JsonNode> entry : fields(properties)) {
            JsonNode property = entry.getValue();
            JsonNode before = oldProperties.get(entry.getKey());
            String pointer = property.path("pointer").asText();
            String what = "field " + entry.getKey() + " of schema " + schema;
            boolean required = property.path("required").asBoolean() && !property.path("readOnly").asBoolean();
            if (required && (before == null || !before.path("required").asBoolean())) {
                add(ContractChange.Kind.NEW_REQUIRED_FIELD, pointer, what + " is required", true);
            }
            if (before != null) {
                typeAndBounds(what, pointer, before, property);
            }
        }
    }

    private void typeAndBounds(String what, String pointer, JsonNode before, JsonNode now) {
        String oldType = before.path("type").asText();
        String newType = now.path("type").asText();
        if (!oldType.equals(newType) && !WIDENINGS.contains(oldType + ">" + newType)) {
            add(ContractChange.Kind.NARROWED_TYPE, pointer, what + " changed type from " + oldType + " to " + newType,
                    true);
        }
        for (String bound : LOWER_BOUNDS) {
            if (tighter(before.get(bound), now.get(bound), 1)) {
                add(ContractChange.Kind.NARROWED_CONSTRAINT, pointer, what + " has a higher " + bound, true);
            }
        }
        for (String bound : UPPER_BOUNDS) {
            if (tighter(before.get(bound), now.get(bound), -1)) {
                add(ContractChange.Kind.NARROWED_CONSTRAINT, pointer, what + " has a lower " + bound, true);
            }
        }
        if (now.has("pattern") && !now.path("pattern").equals(before.path("pattern"))) {
            add(ContractChange.Kind.NARROWED_CONSTRAINT, pointer, what + " has a new pattern", true);
        }
    }

    /** A bound that appeared, or moved in {@code direction} (1: up, -1: down). */
    private static boolean tighter(JsonNode before, JsonNode now, int direction) {
        if (now == null) {
            return false;
        }
        if (before == null) {
            return true;
        }
        return new BigDecimal(now.asText()).compareTo(new BigDecimal(before.asText())) * direction > 0;
    }

    private void add(ContractChange.Kind kind, String pointer, String message, boolean breaking) {
        changes.add(new ContractChange(kind, pointer, message, breaking));
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> iterator = node.fields();
        iterator.forEachRemaining(entries::add);
        return entries;
    }
}
