package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.MEDIA_TYPE;
import static dev.keel.core.emit.api.SpringTypes.RESPONSE_ENTITY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Response;
import dev.keel.core.model.Tag;
import dev.keel.core.model.TypeRef;
import dev.keel.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The result type of an operation that {@linkplain Operation#answersSeveralWays() answers several ways}: a sealed
 * interface nested in the tag's handler, with one record per declared response. A record holds the response's
 * body and headers, typed as the contract declares them, and the status when the contract gives only a range
 * ({@code 2XX}, {@code default}); the controller writes the status, headers and body of the record returned.
 */
final class ResultTypes {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "Ok"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(203, "NonAuthoritativeInformation"), Map.entry(204, "NoContent"),
            Map.entry(205, "ResetContent"), Map.entry(206, "PartialContent"), Map.entry(207, "MultiStatus"),
            Map.entry(300, "MultipleChoices"), Map.entry(301, "MovedPermanently"), Map.entry(302, "Found"),
            Map.entry(303, "SeeOther"), Map.entry(304, "NotModified"), Map.entry(307, "TemporaryRedirect"),
            Map.entry(308, "PermanentRedirect"), Map.entry(400, "BadRequest"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "PaymentRequired"), Map.entry(403, "Forbidden"), Map.entry(404, "NotFound"),
            Map.entry(405, "MethodNotAllowed"), Map.entry(406, "NotAcceptable"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(412, "PreconditionFailed"), Map.entry(413, "ContentTooLarge"),
            Map.entry(415, "UnsupportedMediaType"), Map.entry(422, "UnprocessableContent"),
            Map.entry(428, "PreconditionRequired"), Map.entry(429, "TooManyRequests"),
            Map.entry(500, "InternalServerError"), Map.entry(501, "NotImplemented"), Map.entry(502, "BadGateway"),
            Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"));

    /** One record of a result type: the response it stands for and its Java name. */
    record Case(Response response, ClassName type) {

        boolean hasBody() {
            return response.body().isPresent();
        }
    }

    private ResultTypes() {
    }

    /** {@code PetsHandler.GetPetResult} for operation {@code getPet} of tag {@code pets}. */
    static ClassName resultClass(Operation operation, EmitContext context) {
        Tag tag = context.api().tags().stream().filter(candidate -> candidate.name().equals(operation.tag()))
                .findFirst().orElseThrow();
        String javaName = operation.javaName();
        return HandlerEmitter.handlerClass(tag, context)
                .nestedClass(Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1) + "Result");
    }

    /** The records of the result type, in the contract's order of responses. */
    static List<Case> cases(Operation operation, EmitContext context) {
        ClassName result = resultClass(operation, context);
        UniqueNames names = UniqueNames.caseSensitive().reserve(result.simpleName());
        List<Case> cases = new ArrayList<>();
        for (Response response : operation.responses()) {
            cases.add(new Case(response, result.nestedClass(names.claim(caseName(response)))));
        }
        return cases;
    }

    private static String caseName(Response response) {
        if (response.status().equals("default")) {
            return "Default";
        }
        if (response.isStatusOpen()) {
            return "Status" + response.status().toUpperCase(java.util.Locale.ROOT);
        }
        return REASONS.getOrDefault(response.statusCode(), "Status" + response.statusCode());
    }

    static TypeSpec type(Operation operation, EmitContext context) {
        ClassName result = resultClass(operation, context);
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(result)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.SEALED)
                .addJavadoc("""
                        What {@code $L} answers: return one of these records, and the controller writes its status,
                        headers and body. A header left {@code null} is not sent.
                        """, operation.javaName());
        for (Case answer : cases(operation, context)) {
            type.addPermittedSubclass(answer.type());
            type.addType(record(answer, result, context));
        }
        return type.build();
    }

    private static TypeSpec record(Case answer, ClassName result, EmitContext context) {
        JavaTypes types = new JavaTypes(context);
        Response response = answer.response();
        MethodSpec.Builder components = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        List<String> componentNames = new ArrayList<>();
        if (response.isStatusOpen()) {
            components.addParameter(TypeName.INT, "status");
            componentNames.add("status");
        }
        response.body().ifPresent(body -> {
            components.addParameter(types.of(body).box(), "body");
            componentNames.add("body");
        });
        for (Response.Header header : response.typedHeaders()) {
            components.addParameter(types.of(header.type()).box(), header.javaName());
        }
        addChecks(components, response);
        TypeSpec.Builder record = TypeSpec.recordBuilder(answer.type())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(result)
                .recordConstructor(components.build())
                .addJavadoc(recordJavadoc(response));
        if (!response.typedHeaders().isEmpty() && response.typedHeaders().stream().noneMatch(Response.Header::required)) {
            String defaults = response.typedHeaders().stream().map(header -> "null").collect(Collectors.joining(", "));
            MethodSpec.Builder withoutHeaders = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The answer without headers.\n");
            components.build().parameters().stream().filter(parameter -> componentNames.contains(parameter.name()))
                    .forEach(withoutHeaders::addParameter);
            List<String> arguments = new ArrayList<>(componentNames);
            arguments.add(defaults);
            record.addMethod(withoutHeaders.addStatement("this($L)", String.join(", ", arguments)).build());
        }
        return record.build();
    }

    /** A status outside the contract's range, or a required header left out, is the handler's mistake. */
    private static void addChecks(MethodSpec.Builder constructor, Response response) {
        if (response.isStatusOpen() && !response.status().equals("default")) {
            int first = response.statusCode();
            constructor.beginControlFlow("if (status < $L || status > $L)", first, first + 99)
                    .addStatement("throw new $T($S + status)", IllegalArgumentException.class,
                            "The contract declares " + response.status() + " here, not ")
                    .endControlFlow();
        } else if (response.isStatusOpen()) {
            constructor.beginControlFlow("if (status < 100 || status > 599)")
                    .addStatement("throw new $T($S + status)", IllegalArgumentException.class, "Not an HTTP status: ")
                    .endControlFlow();
        }
        for (Response.Header header : response.typedHeaders()) {
            if (header.required()) {
                constructor.addStatement("$T.requireNonNull($L, $S)", java.util.Objects.class, header.javaName(),
                        "The contract requires header " + header.name());
            }
        }
    }

    private static CodeBlock recordJavadoc(Response response) {
        CodeBlock.Builder javadoc = CodeBlock.builder();
        String description = Javadocs.text(response.description());
        javadoc.add("$L\n\n", description.isEmpty() ? "Status " + response.status() + "." : description);
        javadoc.add(response.isStatusOpen() ? "Answers the given status ($L in the contract).\n"
                : "Answers status $L.\n", response.status());
        for (Response.Header header : response.typedHeaders()) {
            String text = Javadocs.text(header.description());
            javadoc.add("\n@param $L header {@code $L}$L", header.javaName(), header.name(),
                    text.isEmpty() ? "" : ": " + text);
        }
        return javadoc.build();
    }

    /**
     * {@code if (result instanceof GetPetResult.Ok answer) { ... return ...; }} for each record, and a last
     * statement for a handler that returned {@code null}.
     */
    static CodeBlock answer(OperationSignature signature, CodeBlock call, EmitContext context) {
        Operation operation = signature.operation();
        String result = signature.freeName("result");
        String answer = signature.freeName("answer");
        String builder = signature.freeName("response");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L = $L", resultClass(operation, context), result, call);
        for (Case item : cases(operation, context)) {
            Response response = item.response();
            code.beginControlFlow("if ($L instanceof $T $L)", result, item.type(), answer)
                    .addStatement("$T.BodyBuilder $L = $T.status($L)", RESPONSE_ENTITY, builder, RESPONSE_ENTITY,
                            response.isStatusOpen() ? answer + ".status()" : String.valueOf(response.statusCode()));
            for (Response.Header header : response.typedHeaders()) {
                code.beginControlFlow("if ($L.$L() != null)", answer, header.javaName())
                        .addStatement("$L.header($S, $L)", builder, header.name(),
                                headerValue(header.type(), answer + "." + header.javaName() + "()"))
                        .endControlFlow();
            }
            if (item.hasBody()) {
                code.addStatement("return $L.contentType($T.valueOf($S)).body($L.body())", builder, MEDIA_TYPE,
                        response.contentType().orElseThrow(), answer);
            } else {
                code.addStatement("return $L.build()", builder);
            }
            code.endControlFlow();
        }
        return code.addStatement("throw new $T($S)", IllegalStateException.class,
                operation.javaName() + " returned no result").build();
    }

    /** Text of a header value: list items joined by commas, as HTTP joins a header's values. */
    private static CodeBlock headerValue(TypeRef type, String value) {
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING) {
            return CodeBlock.of("$L", value);
        }
        if (type instanceof TypeRef.ListOf) {
            return CodeBlock.of("$L.stream().map($T::valueOf).collect($T.joining($S))", value, String.class,
                    Collectors.class, ",");
        }
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
    }
}
