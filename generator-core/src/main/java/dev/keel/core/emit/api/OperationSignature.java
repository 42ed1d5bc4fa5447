package dev.keel.core.emit.api;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.Response;
import dev.keel.core.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the handler method and the controller method of one operation share: the parameters in order (path,
 * query, header, cookie, then the body), the return type, the success status and the served path.
 *
 * @param bodyName the Java name of the body parameter: {@code body}, unless a parameter already has that name
 * @param returnType the success response's body type, or {@code void}; the operation's {@link ResultTypes result
 *     type} when it answers several ways
 * @param locationId the body's {@code id} property when a 201 answer gets a {@code Location} header
 * @param patchedSchema the body's schema when the handler takes the body as a {@code PatchRequest}
 *     ({@link PatchBodies})
 */
record OperationSignature(
        Operation operation,
        List<Parameter> parameters,
        Optional<RequestBody> body,
        String bodyName,
        TypeName returnType,
        int status,
        String fullPath,
        Optional<Property> locationId,
        Optional<ObjectSchema> patchedSchema) {

    static OperationSignature of(Operation operation, EmitContext context) {
        List<Parameter> ordered = operation.parameters().stream()
                .sorted(Comparator.comparing(Parameter::in))
                .toList();
        Set<String> taken = ordered.stream().map(Parameter::javaName).collect(Collectors.toSet());
        Optional<Response> success = operation.successResponse();
        TypeName returnType = operation.answersSeveralWays() ? ResultTypes.resultClass(operation, context)
                : success.flatMap(Response::body).map(new JavaTypes(context)::of).orElse(TypeName.VOID);
        return new OperationSignature(
                operation,
                ordered,
                operation.requestBody(),
                taken.contains("body") ? "requestBody" : "body",
                returnType,
                success.map(Response::statusCode).orElse(200),
                fullPath(context.api().basePath(), operation.path()),
                success.filter(response -> !operation.answersSeveralWays())
                        .flatMap(response -> locationId(operation, response, context)),
                PatchBodies.patchedSchema(operation, context.api()));
    }

    boolean returnsBody() {
        return !returnType.equals(TypeName.VOID);
    }

    /** The body's Java type as the handler takes it: {@code PatchRequest<Body>} for a patched schema. */
    TypeName handlerBodyType(EmitContext context) {
        TypeName record = new JavaTypes(context).of(body.orElseThrow().type());
        return patchedSchema.isPresent()
                ? ParameterizedTypeName.get(context.supportClass(SupportTypeEmitter.PATCH_REQUEST), record)
                : record;
    }

    /** The names of the Java parameters in order, for the call from the controller to the handler. */
    List<String> argumentNames() {
        List<String> names = new ArrayList<>(parameters.stream().map(Parameter::javaName).toList());
        body.ifPresent(ignored -> names.add(bodyName));
        return names;
    }

    /** A local variable name no parameter uses. */
    String freeName(String wanted) {
        List<String> used = argumentNames();
        String name = wanted;
        while (used.contains(name) || name.equals("handler")) {
            name = name + "Value";
        }
        return name;
    }

    static String fullPath(String basePath, String path) {
        String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        if (path.isEmpty() || path.equals("/")) {
            return base.isEmpty() ? "/" : base;
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * The created resource's id property, when the contract asks for a {@code Location}, the body has an {@code id}
     * and an item path {@code <path>/{param}} exists to point at.
     */
    private static Optional<Property> locationId(Operation operation, Response response, EmitContext context) {
        boolean wantsLocation = response.statusCode() == 201
                && response.headers().stream().anyMatch(header -> header.equalsIgnoreCase("Location"));
        if (!wantsLocation || !hasItemPath(operation.path(), context)) {
            return Optional.empty();
        }
        return response.body()
                .filter(TypeRef.Named.class::isInstance)
                .flatMap(type -> context.api().schema(((TypeRef.Named) type).schemaName()))
                .filter(ObjectSchema.class::isInstance)
                .flatMap(schema -> ((ObjectSchema) schema).properties().stream()
                        .filter(property -> property.name().equals("id"))
                        .findFirst());
    }

    private static boolean hasItemPath(String collectionPath, EmitContext context) {
        String prefix = (collectionPath.endsWith("/") ? collectionPath : collectionPath + "/") + "{";
        return context.api().operations().stream()
                .map(Operation::path)
                .anyMatch(path -> path.startsWith(prefix) && path.endsWith("}")
                        && path.indexOf('/', prefix.length()) < 0);
    }
}
