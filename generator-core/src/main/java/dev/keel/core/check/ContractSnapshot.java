package dev.keel.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.Response;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import java.util.Locale;
import java.util.Optional;

/**
 * The normalized form of a contract that {@code generate} commits beside the code: operations by id with method,
 * path, parameters, body and responses; schemas by name with their properties or constants. Keys are sorted and
 * nothing depends on the spec's formatting, so the file changes only when the contract does, and comparing two of
 * them ({@link ContractComparison}) finds breaking changes.
 */
public final class ContractSnapshot {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ContractSnapshot() {
    }

    /** The snapshot's text: sorted, indented JSON ending in a newline. */
    public static String render(ApiModel api) {
        try {
            return JSON.writeValueAsString(JSON.treeToValue(tree(api), Object.class)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    /** Reads a snapshot; empty when the text is not one (a hand-edited or foreign file). */
    public static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.has("operations") ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static ObjectNode tree(ApiModel api) {
        ObjectNode root = JSON.createObjectNode();
        root.put("keelSnapshot", FORMAT);
        root.put("title", api.title());
        root.put("basePath", api.basePath());
        ObjectNode operations = root.putObject("operations");
        api.operations().forEach(operation -> operations.set(operation.operationId(), operation(operation)));
        ObjectNode schemas = root.putObject("schemas");
        api.schemas().forEach(schema -> schemas.set(schema.name(), schema(schema)));
        return root;
    }

    private static ObjectNode operation(Operation operation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("method", operation.method().name());
        node.put("path", operation.path());
        node.put("pointer", operation.pointer());
        ObjectNode parameters = node.putObject("parameters");
        for (Parameter parameter : operation.parameters()) {
            ObjectNode entry = parameters.putObject(parameter.in().name().toLowerCase(Locale.ROOT) + ":"
                    + parameter.name());
            entry.put("type", type(parameter.type()));
            entry.put("required", parameter.required());
            constraints(entry, parameter.constraints());
        }
        operation.requestBody().ifPresent(body -> {
            ObjectNode entry = node.putObject("requestBody");
            entry.put("contentType", body.contentType());
            entry.put("type", type(body.type()));
            entry.put("required", body.required());
        });
        ObjectNode responses = node.putObject("responses");
        for (Response response : operation.responses()) {
            responses.put(response.status(), response.body().map(ContractSnapshot::type).orElse(""));
        }
        return node;
    }

    private static ObjectNode schema(SchemaDef schema) {
        ObjectNode node = JSON.createObjectNode();
        node.put("pointer", schema.pointer());
        if (schema instanceof EnumSchema enumSchema) {
            ArrayNode values = node.putArray("enum");
            enumSchema.constants().forEach(constant -> values.add(constant.value()));
            return node;
        }
        ObjectNode properties = node.putObject("properties");
        for (Property property : ((ObjectSchema) schema).properties()) {
            ObjectNode entry = properties.putObject(property.name());
            entry.put("type", type(property.type()));
            entry.put("required", property.required());
            entry.put("nullable", property.nullable());
            entry.put("pointer", property.pointer());
            if (property.readOnly()) {
                entry.put("readOnly", true);
            }
            if (property.writeOnly()) {
                entry.put("writeOnly", true);
            }
            constraints(entry, property.constraints());
        }
        return node;
    }

    /** The bounds a client must respect; a tighter bound in a later contract is a breaking change. */
    private static void constraints(ObjectNode entry, Constraints constraints) {
        constraints.minLength().ifPresent(value -> entry.put("minLength", value));
        constraints.maxLength().ifPresent(value -> entry.put("maxLength", value));
        constraints.minimum().ifPresent(value -> entry.put("minimum", value));
        constraints.maximum().ifPresent(value -> entry.put("maximum", value));
        constraints.minItems().ifPresent(value -> entry.put("minItems", value));
        constraints.maxItems().ifPresent(value -> entry.put("maxItems", value));
        constraints.pattern().ifPresent(value -> entry.put("pattern", value));
    }

    static String type(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof TypeRef.Named named) {
            return named.schemaName();
        }
        if (type instanceof TypeRef.ListOf list) {
            return "array<" + type(list.items()) + ">";
        }
        return "map<" + type(((TypeRef.MapOf) type).values()) + ">";
    }
}
