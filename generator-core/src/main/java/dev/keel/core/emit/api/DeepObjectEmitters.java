package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.ARGUMENT_NOT_VALID;
import static dev.keel.core.emit.api.SpringTypes.METHOD_PARAMETER;
import static dev.keel.core.emit.api.SpringTypes.MISSING_PARAMETER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.ApiModel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The support types of {@code style: deepObject} query parameters, written when the contract has one: the
 * {@code @DeepObject} annotation the controller puts on such a parameter, and the argument resolver that collects
 * {@code filter[name]=x&filter[age]=3} into the parameter's record through Spring's constructor binding (wire
 * names, conversion, enums) and validates it.
 */
final class DeepObjectEmitters {

    static final String ANNOTATION = "DeepObject";
    static final String RESOLVER = "DeepObjectArgumentResolver";

    private static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");
    private static final ClassName RESOLVABLE_TYPE = ClassName.get("org.springframework.core", "ResolvableType");
    private static final ClassName DATA_BINDER = ClassName.get("org.springframework.validation", "DataBinder");
    private static final ClassName WEB_DATA_BINDER = ClassName.get("org.springframework.web.bind", "WebDataBinder");
    private static final ClassName ARGUMENT_RESOLVER =
            ClassName.get("org.springframework.web.method.support", "HandlerMethodArgumentResolver");
    private static final ClassName MODEL_AND_VIEW_CONTAINER =
            ClassName.get("org.springframework.web.method.support", "ModelAndViewContainer");
    private static final ClassName NATIVE_WEB_REQUEST =
            ClassName.get("org.springframework.web.context.request", "NativeWebRequest");
    private static final ClassName BINDER_FACTORY =
            ClassName.get("org.springframework.web.bind.support", "WebDataBinderFactory");

    private DeepObjectEmitters() {
    }

    static List<JavaEmitter<?>> all() {
        return List.of(new AnnotationEmitter(), new ResolverEmitter());
    }

    static boolean used(ApiModel api) {
        return api.operations().stream().flatMap(operation -> operation.parameters().stream())
                .anyMatch(dev.keel.core.model.Parameter::deepObject);
    }

    /** One file in the support package, when the contract has a deepObject parameter. */
    private abstract static class SupportFile extends JavaEmitter<EmitContext> {

        @Override
        protected List<EmitContext> inputs(EmitContext context) {
            return used(context.api()) ? List.of(context) : List.of();
        }

        @Override
        protected String packageName(EmitContext input, EmitContext context) {
            return context.supportPackage();
        }
    }

    private static final class AnnotationEmitter extends SupportFile {

        @Override
        protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
            return TypeSpec.annotationBuilder(context.supportClass(ANNOTATION))
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("""
                            A query object sent field by field ({@code style: deepObject}), e.g.
                            {@code filter[name]=x&filter[age]=3}; {@link $T} binds it.
                            """, context.supportClass(RESOLVER))
                    .addAnnotation(AnnotationSpec.builder(Target.class)
                            .addMember("value", "$T.PARAMETER", ElementType.class).build())
                    .addAnnotation(AnnotationSpec.builder(Retention.class)
                            .addMember("value", "$T.RUNTIME", RetentionPolicy.class).build())
                    .addAnnotation(Documented.class)
                    .addMethod(MethodSpec.methodBuilder("name").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                            .addJavadoc("The parameter's wire name, the text before {@code [}.\n")
                            .returns(String.class).build())
                    .addMethod(MethodSpec.methodBuilder("required").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                            .addJavadoc("Whether a request without any of its fields is refused.\n")
                            .returns(boolean.class).defaultValue("false").build());
        }
    }

    private static final class ResolverEmitter extends SupportFile {

        @Override
        protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
            ClassName annotation = context.supportClass(ANNOTATION);
            return TypeSpec.classBuilder(context.supportClass(RESOLVER))
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addSuperinterface(ARGUMENT_RESOLVER)
                    .addJavadoc("""
                            Binds a {@link $T} parameter: the query parameters {@code name[field]} become the record's
                            constructor arguments by their wire names, converted as Spring converts request parameters;
                            with {@code @Valid} the record is validated, and a failure answers 400 naming the field.
                            """, annotation)
                    .addMethod(MethodSpec.methodBuilder("supportsParameter")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(boolean.class)
                            .addParameter(METHOD_PARAMETER, "parameter")
                            .addStatement("return parameter.hasParameterAnnotation($T.class)", annotation)
                            .build())
                    .addMethod(resolve(annotation))
                    .addMethod(fields());
        }

        private static MethodSpec resolve(ClassName annotation) {
            return MethodSpec.methodBuilder("resolveArgument")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object.class)
                    .addParameter(METHOD_PARAMETER, "parameter")
                    .addParameter(MODEL_AND_VIEW_CONTAINER, "container")
                    .addParameter(NATIVE_WEB_REQUEST, "request")
                    .addParameter(BINDER_FACTORY, "binders")
                    .addException(Exception.class)
                    .addStatement("$T deepObject = parameter.getParameterAnnotation($T.class)", annotation, annotation)
                    .addStatement("$T<String, String[]> fields = fields(request.getParameterMap(), deepObject.name())",
                            Map.class)
                    .beginControlFlow("if (fields.isEmpty())")
                    .beginControlFlow("if (deepObject.required())")
                    .addStatement("throw new $T(deepObject.name(), $S)", MISSING_PARAMETER, "object")
                    .endControlFlow()
                    .addStatement("return null")
                    .endControlFlow()
                    .addStatement("$T binder = binders.createBinder(request, null, deepObject.name(), "
                            + "$T.forMethodParameter(parameter))", WEB_DATA_BINDER, RESOLVABLE_TYPE)
                    .addCode("binder.construct(new $T.ValueResolver() {\n", DATA_BINDER)
                    .addCode("$>@Override\npublic Object resolveValue(String name, Class<?> type) {\n")
                    .addCode("$>return fields.get(name);\n$<}\n\n")
                    .addCode("@Override\npublic $T<String> getNames() {\n", Set.class)
                    .addCode("$>return fields.keySet();\n$<}\n$<});\n")
                    .beginControlFlow("if (!binder.getBindingResult().hasErrors() && parameter.hasParameterAnnotation($T.class))",
                            VALID)
                    .addStatement("binder.validate()")
                    .endControlFlow()
                    .beginControlFlow("if (binder.getBindingResult().hasErrors())")
                    .addStatement("throw new $T(parameter, binder.getBindingResult())", ARGUMENT_NOT_VALID)
                    .endControlFlow()
                    .addStatement("return binder.getTarget()")
                    .build();
        }

        private static MethodSpec fields() {
            TypeName fields = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    TypeName.get(String[].class));
            return MethodSpec.methodBuilder("fields")
                    .addJavadoc("The values of {@code name[field]}, by field, in the request's order.\n")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(fields)
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                            TypeName.get(String[].class)), "parameters")
                    .addParameter(String.class, "name")
                    .addStatement("$T found = new $T<>()", fields, LinkedHashMap.class)
                    .addStatement("String prefix = name + $S", "[")
                    .beginControlFlow("parameters.forEach((key, values) ->")
                    .beginControlFlow("if (key.startsWith(prefix) && key.endsWith($S) && key.length() > prefix.length() + 1)",
                            "]")
                    .addStatement("found.put(key.substring(prefix.length(), key.length() - 1), values)")
                    .endControlFlow()
                    .endControlFlow(")")
                    .addStatement("return found")
                    .build();
        }
    }
}
