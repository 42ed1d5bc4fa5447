package dev.keel.core.openapi;

import dev.keel.core.model.Constraints;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.TypeRef;
import dev.keel.core.naming.UniqueNames;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an operation's parameters: the path item's and the operation's own, merged by name and location with
 * the operation's winning, each followed through {@code $ref} into {@code components.parameters}.
 */
final class ParameterReader {

    private final ReadContext context;
    private final SchemaReader schemas;

    ParameterReader(ReadContext context, SchemaReader schemas) {
        this.context = context;
        this.schemas = schemas;
    }

    private record Declared(io.swagger.v3.oas.models.parameters.Parameter parameter, JsonPointer pointer) {
    }

    List<Parameter> read(List<io.swagger.v3.oas.models.parameters.Parameter> pathLevel,
            List<io.swagger.v3.oas.models.parameters.Parameter> operationLevel, JsonPointer operation,
            String operationJavaName) {
        Map<String, Declared> merged = new LinkedHashMap<>();
        collect(pathLevel, operation.segments().isEmpty() ? operation : parent(operation).child("parameters"),
                merged);
        collect(operationLevel, operation.child("parameters"), merged);
        UniqueNames javaNames = UniqueNames.caseSensitive();
        List<Parameter> parameters = new ArrayList<>();
        for (Declared declared : merged.values()) {
            toModel(declared, operationJavaName, javaNames).ifPresent(parameters::add);
        }
        return parameters;
    }

    private void collect(List<io.swagger.v3.oas.models.parameters.Parameter> parameters, JsonPointer list,
            Map<String, Declared> merged) {
        for (int i = 0; parameters != null && i < parameters.size(); i++) {
            Optional<Declared> declared = resolve(parameters.get(i), list.child(i));
            declared.filter(d -> d.parameter().getName() != null && d.parameter().getIn() != null)
                    .ifPresent(d -> merged.put(d.parameter().getIn() + ":" + d.parameter().getName(), d));
        }
    }

    private Optional<Declared> resolve(io.swagger.v3.oas.models.parameters.Parameter parameter, JsonPointer at) {
        if (parameter == null) {
            return Optional.empty();
        }
        if (parameter.get$ref() == null) {
            return Optional.of(new Declared(parameter, at));
        }
        var components = context.api.getComponents() == null ? null : context.api.getComponents().getParameters();
        return context.follow(parameter.get$ref(), at.child("$ref"), "parameters", components,
                        io.swagger.v3.oas.models.parameters.Parameter::get$ref)
                .map(component -> new Declared(component.value(), component.pointer()));
    }

    private Optional<Parameter> toModel(Declared declared, String operationJavaName, UniqueNames javaNames) {
        io.swagger.v3.oas.models.parameters.Parameter parameter = declared.parameter();
        Optional<Parameter.Location> location = location(parameter.getIn());
        if (location.isEmpty()) {
            context.problems.warning(declared.pointer().child("in"), "Parameters in '" + parameter.getIn()
                    + "' are not supported; Keel skips '" + parameter.getName() + "'");
            return Optional.empty();
        }
        JsonPointer schemaPointer = declared.pointer().child("schema");
        Schema<?> schema = parameter.getSchema();
        if (schema == null && parameter.getContent() != null && !parameter.getContent().isEmpty()) {
            Map.Entry<String, MediaType> first = parameter.getContent().entrySet().iterator().next();
            schema = first.getValue() == null ? null : first.getValue().getSchema();
            schemaPointer = declared.pointer().child("content", first.getKey(), "schema");
        }
        SchemaReader.Usage usage = schema == null
                ? new SchemaReader.Usage(TypeRef.scalar(TypeRef.Scalar.Kind.STRING), Constraints.NONE, false,
                        Optional.empty(), "")
                : schemas.use(schema, schemaPointer,
                        context.naming.parameterTypeName(operationJavaName, parameter.getName()));
        boolean deepObject = parameter.getStyle() == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.DEEPOBJECT;
        if (deepObject && !(location.get() == Parameter.Location.QUERY && isPlainObject(schema, usage.type()))) {
            context.problems.warning(declared.pointer().child("style"), "deepObject binds a query object with "
                    + "properties field by field; Keel binds '" + parameter.getName() + "' as one query parameter");
            deepObject = false;
        }
        boolean required = location.get() == Parameter.Location.PATH || SchemaShape.flag(parameter.getRequired());
        String description = parameter.getDescription() != null ? parameter.getDescription() : usage.description();
        return Optional.of(new Parameter(parameter.getName(), javaNames.claim(context.naming.memberName(
                parameter.getName())), location.get(), usage.type(), required, usage.constraints(),
                usage.defaultValue().flatMap(JsonText::parameter), description, deepObject));
    }

    /** An object schema with properties, not a union or a map: what a deepObject record is bound into. */
    private boolean isPlainObject(Schema<?> schema, TypeRef type) {
        Schema<?> resolved = schema;
        if (schema != null && schema.get$ref() != null && context.api.getComponents() != null
                && context.api.getComponents().getSchemas() != null) {
            resolved = context.api.getComponents().getSchemas()
                    .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return type instanceof TypeRef.Named && resolved != null && SchemaShape.alternatives(resolved).isEmpty()
                && (resolved.getProperties() != null && !resolved.getProperties().isEmpty()
                        || SchemaShape.nonEmpty(resolved.getAllOf()));
    }

    private static Optional<Parameter.Location> location(String in) {
        switch (in.toLowerCase(Locale.ROOT)) {
            case "path":
                return Optional.of(Parameter.Location.PATH);
            case "query":
                return Optional.of(Parameter.Location.QUERY);
            case "header":
                return Optional.of(Parameter.Location.HEADER);
            case "cookie":
                return Optional.of(Parameter.Location.COOKIE);
            default:
                return Optional.empty();
        }
    }

    private static JsonPointer parent(JsonPointer pointer) {
        List<String> segments = pointer.segments();
        return new JsonPointer(segments.subList(0, segments.size() - 1));
    }
}
