package dev.keel.core.emit.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Tag;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code <Tag>Handler} interface per tag: the seam between generated and user code. The user
 * implements it as a Spring bean; every method the user leaves out answers 501 naming its operation.
 */
final class HandlerEmitter extends JavaEmitter<Tag> {

    static ClassName handlerClass(Tag tag, EmitContext context) {
        return ClassName.get(context.apiPackage(), tag.javaName() + "Handler");
    }

    @Override
    protected List<Tag> inputs(EmitContext context) {
        return context.api().tags().stream()
                .filter(tag -> !context.api().operationsTagged(tag.name()).isEmpty())
                .toList();
    }

    @Override
    protected String packageName(Tag tag, EmitContext context) {
        return context.apiPackage();
    }

    @Override
    protected TypeSpec.Builder write(Tag tag, EmitContext context) {
        ClassName self = handlerClass(tag, context);
        ClassName controller = ControllerEmitter.controllerClass(tag, context);
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(typeJavadoc(tag, controller));
        for (Operation operation : context.api().operationsTagged(tag.name())) {
            type.addMethod(method(OperationSignature.of(operation, context), context));
            if (operation.answersSeveralWays()) {
                type.addType(ResultTypes.type(operation, context));
            }
        }
        return type;
    }

    private static CodeBlock typeJavadoc(Tag tag, ClassName controller) {
        CodeBlock.Builder javadoc = CodeBlock.builder();
        String description = Javadocs.text(tag.description());
        if (!description.isEmpty()) {
            javadoc.add("$L\n\n", description);
        }
        return javadoc.add("""
                        The operations of tag {@code $L}. Implement this interface in a Spring bean to serve them;
                        {@link $T} validates each request before calling it and turns the return value into the
                        response. An operation left unimplemented answers 501 Not Implemented.
                        """, tag.name(), controller)
                .build();
    }

    private static MethodSpec method(OperationSignature signature, EmitContext context) {
        Operation operation = signature.operation();
        JavaTypes types = new JavaTypes(context);
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(signature.returnType())
                .addJavadoc(methodJavadoc(signature));
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        for (Parameter parameter : signature.parameters()) {
            method.addParameter(types.of(parameter.type()), parameter.javaName());
        }
        signature.body().ifPresent(body -> method.addParameter(signature.handlerBodyType(context), signature.bodyName()));
        return method
                .addStatement("throw new $T($S, $S, $S)", context.supportClass(SupportTypeEmitter.NOT_IMPLEMENTED),
                        operation.operationId(), operation.method().name(), signature.fullPath())
                .build();
    }

    private static CodeBlock methodJavadoc(OperationSignature signature) {
        Operation operation = signature.operation();
        CodeBlock.Builder javadoc = CodeBlock.builder();
        String summary = Javadocs.text(operation.summary());
        javadoc.add("$L\n\n", summary.isEmpty() ? operation.operationId() : summary);
        javadoc.add("{@code $L $L}, operation {@code $L}; answers $L.\n",
                operation.method().name(), signature.fullPath(), operation.operationId(),
                operation.answersSeveralWays() ? "as the result it returns says" : signature.status() + " when it returns");
        if (!signature.parameters().isEmpty() || signature.body().isPresent()) {
            javadoc.add("\n");
        }
        for (Parameter parameter : signature.parameters()) {
            String description = Javadocs.text(parameter.description());
            javadoc.add("@param $L $L\n", parameter.javaName(), description.isEmpty()
                    ? parameter.in().name().toLowerCase(Locale.ROOT) + " parameter {@code " + parameter.name() + "}"
                    : description);
        }
        if (signature.patchedSchema().isPresent()) {
            javadoc.add("""
                    @param $L the request body, already validated, with the JSON names it contained: a {@code null}
                        property is to be cleared when {@code $L.has(jsonName)}, and left as it is otherwise$L
                    """, signature.bodyName(), signature.bodyName(),
                    signature.body().orElseThrow().required() ? "" : "; {@code null} when the request has no body");
        } else if (signature.body().isPresent()) {
            javadoc.add("@param $L the request body, already validated\n", signature.bodyName());
        }
        return javadoc.build();
    }
}
