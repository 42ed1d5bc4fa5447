package dev.keel.core.emit.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes {@code ApiProblemException}: the failure users throw from handlers to answer with a problem. */
final class ApiProblemExceptionEmitter extends SupportTypeEmitter {

    private static final ClassName STRING = ClassName.get(String.class);

    @Override
    String simpleName() {
        return API_PROBLEM;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName detail = self.nestedClass("FieldDetail");
        TypeName details = ParameterizedTypeName.get(ClassName.get(List.class), detail);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeException.class)
                .addJavadoc("""
                        A failure a handler reports on purpose. Keel answers it with an {@code application/problem+json}
                        response carrying its status, code, detail and field details. Throw one of the factories, e.g.
                        {@code throw ApiProblemException.notFound("No project " + id)}.
                        """)
                .addField(FieldSpec.builder(int.class, "status", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(STRING, "code", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(STRING, "title", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(details, "details", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(constructor(details))
                .addMethod(factory(self, "badRequest", List.of("field", "message"), 400, "VALIDATION_FAILED",
                        "Bad Request", CodeBlock.of("$S", "The request is invalid."),
                        CodeBlock.of("$T.of(new $T(field, message))", List.class, detail)))
                .addMethod(factory(self, "notFound", List.of("detail"), 404, "NOT_FOUND", "Not Found",
                        CodeBlock.of("detail"), CodeBlock.of("$T.of()", List.class)))
                .addMethod(factory(self, "conflict", List.of("field", "detail"), 409, "CONFLICT", "Conflict",
                        CodeBlock.of("detail"),
                        CodeBlock.of("field == null ? $T.of() : $T.of(new $T(field, detail))", List.class, List.class,
                                detail)))
                .addMethod(factory(self, "unauthorized", List.of("detail"), 401, "UNAUTHORIZED", "Unauthorized",
                        CodeBlock.of("detail"), CodeBlock.of("$T.of()", List.class)))
                .addMethod(factory(self, "forbidden", List.of("detail"), 403, "FORBIDDEN", "Forbidden",
                        CodeBlock.of("detail"), CodeBlock.of("$T.of()", List.class)))
                .addMethod(accessor(TypeName.INT, "status", "status"))
                .addMethod(accessor(STRING, "code", "code"))
                .addMethod(accessor(STRING, "title", "title"))
                .addMethod(accessor(STRING, "detail", "getMessage()"))
                .addMethod(accessor(details, "details", "details"));
        return type.addType(TypeSpec.recordBuilder(detail)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("One invalid field: its JSON name (or path, e.g. {@code items[0].name}) and what is wrong.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "field")
                        .addParameter(STRING, "message")
                        .build())
                .build());
    }

    private static MethodSpec constructor(TypeName details) {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(int.class, "status")
                .addParameter(STRING, "code")
                .addParameter(STRING, "title")
                .addParameter(STRING, "detail")
                .addParameter(details, "details")
                .addComment("No stack trace: this is an answer to the client, not a bug to debug.")
                .addStatement("super(detail, null, false, false)")
                .addStatement("this.status = status")
                .addStatement("this.code = $T.requireNonNull(code, $S)", Objects.class, "code")
                .addStatement("this.title = $T.requireNonNull(title, $S)", Objects.class, "title")
                .addStatement("this.details = details == null ? $T.of() : $T.copyOf(details)", List.class, List.class)
                .build();
    }

    private static MethodSpec factory(ClassName self, String name, List<String> parameters, int status, String code,
            String title, CodeBlock detail, CodeBlock details) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc("$L $L, code {@code $L}.\n", status, title, code);
        parameters.forEach(parameter -> method.addParameter(STRING, parameter));
        return method
                .addStatement("return new $T($L, $S, $S, $L, $L)", self, status, code, title, detail, details)
                .build();
    }

    private static MethodSpec accessor(TypeName type, String name, String expression) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", expression)
                .build();
    }
}
