package dev.keel.core.emit.contracttest;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.TypeRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The negative tests of one operation: for each constraint of its JSON body's top-level properties and of its path
 * and query parameters, a request that is valid except for that one value, and the field the 400 must name.
 */
final class NegativeCases {

    /**
     * @param method the test method's name, unique in its class
     * @param displayName what the test checks, in words
     * @param pathAndQuery below the application's root: the contract's base path, the path, the query
     * @param body the JSON body; empty for a request without one
     * @param field the field the problem's {@code details} must name
     */
    record NegativeCase(String method, String displayName, String httpMethod, String pathAndQuery,
            String operationId, boolean authenticated, Optional<String> body, String field) {
    }

    private final ApiModel api;
    private final SampleValues values;
    private final Violations violations;

    NegativeCases(ApiModel api) {
        this.api = api;
        this.values = new SampleValues(api);
        this.violations = new Violations(api, values);
    }

    List<NegativeCase> of(Operation operation) {
        Optional<Request> valid = validRequest(operation);
        if (valid.isEmpty()) {
            return List.of();
        }
        List<NegativeCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in() != Parameter.Location.PATH && parameter.in() != Parameter.Location.QUERY) {
                continue;
            }
            for (Violations.Violation violation : violations.of(parameter.type(), parameter.constraints(),
                    parameter.required() && parameter.in() == Parameter.Location.QUERY, parameter.defaultValue())) {
                Optional<String> text = violation.json().flatMap(NegativeCases::parameterText);
                boolean unusable = violation.json().isPresent() && text.isEmpty()
                        || parameter.in() == Parameter.Location.PATH && text.filter(t -> !t.isEmpty()).isEmpty();
                if (unusable) {
                    // An array cannot be a parameter value, and an empty path segment finds no operation at all.
                    continue;
                }
                String target = valid.get().withParameter(parameter, text).pathAndQuery(api.basePath());
                cases.add(negativeCase(operation, parameter.javaName(), parameter.name(), violation, target,
                        valid.get().body(), names));
            }
        }
        bodySchema(operation).ifPresent(schema -> {
            String target = valid.get().pathAndQuery(api.basePath());
            for (Property property : schema.properties()) {
                if (property.readOnly()) {
                    continue;
                }
                for (Violations.Violation violation : violations.of(property.type(), property.constraints(),
                        property.required(), property.defaultValue())) {
                    bodyWith(schema, property, violation.json()).ifPresent(body -> cases.add(negativeCase(operation,
                            property.javaName(), property.name(), violation, target, Optional.of(body), names)));
                }
            }
        });
        return cases;
    }

    private NegativeCase negativeCase(Operation operation, String javaName, String field,
            Violations.Violation violation, String target, Optional<String> body, Set<String> names) {
        String stem = operation.javaName() + "_" + javaName + "_" + violation.keyword();
        String method = stem;
        for (int i = 2; !names.add(method); i++) {
            method = stem + i;
        }
        String display = operation.operationId() + ": " + field + " " + violation.description() + " is rejected";
        return new NegativeCase(method, display, operation.method().name(), target, operation.operationId(),
                !operation.security().anonymous(), body, field);
    }

    /** The body's object schema when the operation takes JSON; empty otherwise. */
    private Optional<ObjectSchema> bodySchema(Operation operation) {
        return operation.requestBody().filter(body -> body.contentType().toLowerCase(Locale.ROOT).contains("json"))
                .map(RequestBody::type).filter(TypeRef.Named.class::isInstance).map(TypeRef.Named.class::cast)
                .flatMap(named -> api.schema(named.schemaName())).filter(ObjectSchema.class::isInstance)
                .map(ObjectSchema.class::cast);
    }

    /** The valid body with {@code property} set to {@code json}, or left out when {@code json} is empty. */
    private Optional<String> bodyWith(ObjectSchema schema, Property property, Optional<String> json) {
        Optional<String> others = values.validObject(schema, 0, property);
        if (others.isEmpty() || json.isEmpty()) {
            return others;
        }
        String members = others.get().substring(1, others.get().length() - 1);
        String member = Json.quote(property.name()) + ":" + json.get();
        return Optional.of("{" + (members.isEmpty() ? member : members + "," + member) + "}");
    }

    /**
     * The path and query of a request that passes validation: every path parameter and every required query parameter
     * valid, and a valid body when the operation takes one. Empty when one of them cannot be made.
     */
    private Optional<Request> validRequest(Operation operation) {
        List<ParameterValue> parameters = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            boolean needed = parameter.in() == Parameter.Location.PATH
                    || parameter.in() == Parameter.Location.QUERY && parameter.required();
            if (!needed) {
                continue;
            }
            Optional<String> text = values.valid(parameter.type(), parameter.constraints(), parameter.defaultValue())
                    .flatMap(NegativeCases::parameterText);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            parameters.add(new ParameterValue(parameter, text));
        }
        Optional<String> body = Optional.empty();
        if (operation.requestBody().isPresent()) {
            Optional<ObjectSchema> schema = bodySchema(operation);
            if (schema.isEmpty()) {
                return Optional.empty();
            }
            body = values.validObject(schema.get(), 0, null);
            if (body.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Request(operation, parameters, body));
    }

    /** A scalar JSON value as a parameter carries it; empty for arrays and objects. */
    private static Optional<String> parameterText(String json) {
        if (json.startsWith("[") || json.startsWith("{")) {
            return Optional.empty();
        }
        return Optional.of(json.startsWith("\"") ? Json.unquote(json) : json);
    }

    /** @param text empty when the parameter is left out */
    private record ParameterValue(Parameter parameter, Optional<String> text) {
    }

    private record Request(Operation operation, List<ParameterValue> parameters, Optional<String> body) {

        Request withParameter(Parameter parameter, Optional<String> text) {
            List<ParameterValue> changed = new ArrayList<>(parameters.stream()
                    .filter(value -> !value.parameter().name().equals(parameter.name())
                            || value.parameter().in() != parameter.in())
                    .toList());
            changed.add(new ParameterValue(parameter, text));
            return new Request(operation, changed, body);
        }

        String pathAndQuery(String basePath) {
            String path = operation.path();
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            for (ParameterValue value : parameters) {
                if (value.text().isEmpty()) {
                    continue;
                }
                String encoded = URLEncoder.encode(value.text().get(), StandardCharsets.UTF_8).replace("+", "%20");
                if (value.parameter().in() == Parameter.Location.PATH) {
                    path = path.replace("{" + value.parameter().name() + "}", encoded);
                } else {
                    query.add(URLEncoder.encode(value.parameter().name(), StandardCharsets.UTF_8) + "=" + encoded);
                }
            }
            return basePath + path + query;
        }
    }
}
