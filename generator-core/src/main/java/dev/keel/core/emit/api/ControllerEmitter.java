package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.COOKIE_VALUE;
import static dev.keel.core.emit.api.SpringTypes.JSON_NODE;
import static dev.keel.core.emit.api.SpringTypes.MODEL_ATTRIBUTE;
import static dev.keel.core.emit.api.SpringTypes.OBJECT_PROVIDER;
import static dev.keel.core.emit.api.SpringTypes.PATH_VARIABLE;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_BODY;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_HEADER;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_MAPPING;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_METHOD;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_PARAM;
import static dev.keel.core.emit.api.SpringTypes.RESPONSE_ENTITY;
import static dev.keel.core.emit.api.SpringTypes.REST_CONTROLLER;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_URI_BUILDER;
import static dev.keel.core.emit.api.SpringTypes.VALID;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.ConstraintAnnotations;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.Response;
import dev.keel.core.model.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code <Tag>Controller} per tag: maps each operation to its method and path, binds and validates
 * the parameters under their wire names, calls the user's handler bean (or the 501 default) and answers with the
 * contract's success status.
 */
final class ControllerEmitter extends JavaEmitter<Tag> {

    private static final String PATCH_READER = "patchReader";

    static ClassName controllerClass(Tag tag, EmitContext context) {
        return ClassName.get(context.apiPackage(), tag.javaName() + "Controller");
    }

    @Override
    protected List<Tag> inputs(EmitContext context) {
        return new HandlerEmitter().inputs(context);
    }

    @Override
    protected String packageName(Tag tag, EmitContext context) {
        return context.apiPackage();
    }

    @Override
    protected TypeSpec.Builder write(Tag tag, EmitContext context) {
        ClassName handler = HandlerEmitter.handlerClass(tag, context);
        List<OperationSignature> signatures = context.api().operationsTagged(tag.name()).stream()
                .map(operation -> OperationSignature.of(operation, context))
                .toList();
        TypeSpec.Builder type = TypeSpec.classBuilder(controllerClass(tag, context))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(REST_CONTROLLER)
                .addJavadoc("""
                        Serves the operations of tag {@code $L}: binds and validates each request, then calls the
                        application's {@link $T} bean, or a default whose every operation answers 501.
                        """, tag.name(), handler)
                .addField(handler, "handler", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, handler), "handler")
                .addStatement("this.handler = handler.getIfAvailable(() -> new $T() {})", handler);
        if (signatures.stream().anyMatch(signature -> signature.patchedSchema().isPresent())) {
            ClassName reader = context.supportClass(SupportTypeEmitter.PATCH_REQUEST_READER);
            type.addField(reader, PATCH_READER, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(reader, PATCH_READER).addStatement("this.$L = $L", PATCH_READER, PATCH_READER);
        }
        type.addMethod(constructor.build());
        for (OperationSignature signature : signatures) {
            type.addMethod(method(signature, context));
        }
        return type;
    }

    private static MethodSpec method(OperationSignature signature, EmitContext context) {
        Operation operation = signature.operation();
        JavaTypes types = new JavaTypes(context);
        TypeName answer = signature.operation().answersSeveralWays() ? ClassName.OBJECT
                : signature.returnsBody() ? signature.returnType().box() : ClassName.get(Void.class);
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(mapping(signature))
                .returns(answersBodyAlone(signature) ? answer : ParameterizedTypeName.get(RESPONSE_ENTITY, answer));
        String summary = Javadocs.text(operation.summary());
        if (!summary.isEmpty()) {
            method.addJavadoc("$L\n", summary);
        }
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        for (Parameter parameter : signature.parameters()) {
            method.addParameter(parameter(parameter, types));
        }
        signature.body().ifPresent(body -> method.addParameter(signature.patchedSchema().isPresent()
                ? patchBodyParameter(body, signature.bodyName())
                : bodyParameter(body, signature.bodyName(), types)));
        if (signature.patchedSchema().isEmpty()) {
            return method.addCode(body(signature, signature.argumentNames(), context)).build();
        }
        String patch = signature.freeName("patch");
        List<String> arguments = signature.argumentNames().stream()
                .map(name -> name.equals(signature.bodyName()) ? patch : name)
                .toList();
        return method.addCode(readPatch(signature, patch, context)).addCode(body(signature, arguments, context)).build();
    }

    private static AnnotationSpec mapping(OperationSignature signature) {
        AnnotationSpec.Builder mapping = AnnotationSpec.builder(REQUEST_MAPPING)
                .addMember("method", "$T.$L", REQUEST_METHOD, signature.operation().method().name())
                .addMember("path", "$S", signature.fullPath());
        signature.body().ifPresent(body -> mapping.addMember("consumes", "$S", body.contentType()));
        signature.operation().responses().stream()
                .filter(Response::isSuccess)
                .filter(response -> response.body().isPresent())
                .limit(signature.operation().answersSeveralWays() ? Long.MAX_VALUE : 1)
                .flatMap(response -> response.contentType().stream())
                .distinct()
                .forEach(contentType -> mapping.addMember("produces", "$S", contentType));
        return mapping.build();
    }

    private static ParameterSpec parameter(Parameter parameter, JavaTypes types) {
        if (parameter.deepObject()) {
            return ParameterSpec.builder(types.of(parameter.type()), parameter.javaName())
                    .addAnnotation(AnnotationSpec.builder(types.supportClass(DeepObjectEmitters.ANNOTATION))
                            .addMember("name", "$S", parameter.name())
                            .addMember("required", "$L", parameter.required()).build())
                    .addAnnotation(VALID)
                    .build();
        }
        ClassName binding = switch (parameter.in()) {
            case PATH -> PATH_VARIABLE;
            case QUERY -> REQUEST_PARAM;
            case HEADER -> REQUEST_HEADER;
            case COOKIE -> COOKIE_VALUE;
        };
        AnnotationSpec.Builder bound = AnnotationSpec.builder(binding).addMember("name", "$S", parameter.name());
        if (parameter.in() != Parameter.Location.PATH) {
            bound.addMember("required", "$L", parameter.required());
            parameter.defaultValue().ifPresent(value -> bound.addMember("defaultValue", "$S", value));
        }
        ParameterSpec.Builder spec = ParameterSpec.builder(types.of(parameter.type()), parameter.javaName())
                .addAnnotation(bound.build())
                .addAnnotations(ConstraintAnnotations.of(types, parameter.type(), parameter.constraints(), parameter.required()));
        if (types.needsCascade(parameter.type())) {
            spec.addAnnotation(VALID);
        }
        return spec.build();
    }

    private static ParameterSpec bodyParameter(RequestBody body, String name, JavaTypes types) {
        ParameterSpec.Builder spec = ParameterSpec.builder(types.of(body.type()), name);
        if (types.needsCascade(body.type())) {
            spec.addAnnotation(VALID);
        }
        if (body.isForm()) {
            // Form fields and multipart parts are bound by name into the record's constructor.
            return spec.addAnnotation(MODEL_ATTRIBUTE).build();
        }
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(REQUEST_BODY);
        if (!body.required()) {
            annotation.addMember("required", "false");
        }
        return spec.addAnnotation(annotation.build()).build();
    }

    /** A PATCH body arrives as a JSON tree, so the names it contains are known; it is validated when read. */
    private static ParameterSpec patchBodyParameter(RequestBody body, String name) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(REQUEST_BODY);
        if (!body.required()) {
            annotation.addMember("required", "false");
        }
        return ParameterSpec.builder(JSON_NODE, name).addAnnotation(annotation.build()).build();
    }

    /**
     * {@code PatchRequest<ProjectPatch> patch = patchReader.read(body, ProjectPatch.class, properties, notNullable)},
     * with the schema's JSON names and those of its properties that may not be {@code null}.
     */
    private static CodeBlock readPatch(OperationSignature signature, String patch, EmitContext context) {
        ObjectSchema schema = signature.patchedSchema().orElseThrow();
        RequestBody body = signature.body().orElseThrow();
        CodeBlock read = CodeBlock.of("$L.read($L, $T.class,$W$L,$W$L)", PATCH_READER, signature.bodyName(),
                new JavaTypes(context).of(body.type()), names(schema.properties()),
                names(schema.properties().stream().filter(property -> !property.nullable()).toList()));
        return body.required()
                ? CodeBlock.builder().addStatement("$T $L = $L", signature.handlerBodyType(context), patch, read).build()
                : CodeBlock.builder().addStatement("$T $L = $L == null ? null : $L", signature.handlerBodyType(context),
                        patch, signature.bodyName(), read).build();
    }

    private static CodeBlock names(List<Property> properties) {
        return CodeBlock.of("$T.of($L)", Set.class, properties.stream()
                .map(property -> CodeBlock.of("$S", property.name()))
                .collect(CodeBlock.joining(", ")));
    }

    private static CodeBlock body(OperationSignature signature, List<String> arguments, EmitContext context) {
        CodeBlock call = CodeBlock.of("handler.$L($L)", signature.operation().javaName(), String.join(", ", arguments));
        if (signature.operation().answersSeveralWays()) {
            return ResultTypes.answer(signature, call, context);
        }
        int status = signature.status();
        if (!signature.returnsBody()) {
            CodeBlock.Builder noBody = CodeBlock.builder().addStatement("$L", call);
            return (status == 200
                    ? noBody.addStatement("return $T.ok().build()", RESPONSE_ENTITY)
                    : noBody.addStatement("return $T.status($L).build()", RESPONSE_ENTITY, status)).build();
        }
        if (signature.locationId().isPresent()) {
            return createdWithLocation(signature, call);
        }
        return answersBodyAlone(signature)
                ? CodeBlock.builder().addStatement("return $L", call).build()
                : CodeBlock.builder().addStatement("return $T.status($L).body($L)", RESPONSE_ENTITY, status, call).build();
    }

    /**
     * A 200 with a body and no header is returned as the body itself: Spring MVC flushes a {@code ResponseEntity}
     * once written, which sends it chunked (a second write per response) instead of with a Content-Length.
     */
    private static boolean answersBodyAlone(OperationSignature signature) {
        return !signature.operation().answersSeveralWays() && signature.returnsBody() && signature.status() == 200
                && signature.locationId().isEmpty();
    }

    /** A 201 whose {@code Location} is the request's URI followed by the new resource's id. */
    private static CodeBlock createdWithLocation(OperationSignature signature, CodeBlock call) {
        String created = signature.freeName("created");
        String location = signature.freeName("location");
        String idAccessor = signature.locationId().orElseThrow().javaName();
        return CodeBlock.builder()
                .addStatement("$T $L = $L", signature.returnType(), created, call)
                .beginControlFlow("if ($L == null)", created)
                .addStatement("return $T.status(201).build()", RESPONSE_ENTITY)
                .endControlFlow()
                .addStatement("$T $L = $T.fromCurrentRequestUri().path($S).buildAndExpand($L.$L()).toUri()", URI.class,
                        location, SERVLET_URI_BUILDER, "/{id}", created, idAccessor)
                .addStatement("return $T.created($L).body($L)", RESPONSE_ENTITY, location, created)
                .build();
    }
}
