package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.ARGUMENT_TYPE_MISMATCH;
import static dev.keel.core.emit.api.SpringTypes.BINDING_RESULT;
import static dev.keel.core.emit.api.SpringTypes.CONSTRAINT_VIOLATION;
import static dev.keel.core.emit.api.SpringTypes.COOKIE_VALUE;
import static dev.keel.core.emit.api.SpringTypes.FIELD_ERROR;
import static dev.keel.core.emit.api.SpringTypes.MESSAGE_SOURCE_RESOLVABLE;
import static dev.keel.core.emit.api.SpringTypes.METHOD_PARAMETER;
import static dev.keel.core.emit.api.SpringTypes.METHOD_VALIDATION;
import static dev.keel.core.emit.api.SpringTypes.OBJECT_ERROR;
import static dev.keel.core.emit.api.SpringTypes.PARAMETER_ERRORS;
import static dev.keel.core.emit.api.SpringTypes.PARAMETER_VALIDATION_RESULT;
import static dev.keel.core.emit.api.SpringTypes.PATH_VARIABLE;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_HEADER;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_PARAM;
import static dev.keel.core.emit.api.SpringTypes.TYPE_MISMATCH;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RequestErrors}: turns Spring's validation and binding failures into 400 problems whose details
 * name each field as the client sent it (JSON names, wire names of parameters).
 */
final class RequestErrorsEmitter extends SupportTypeEmitter {

    private static final ClassName ERRORS = ClassName.get("org.springframework.validation", "Errors");
    private static final TypeName ANY_CLASS = ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(Set.class),
            WildcardTypeName.subtypeOf(ParameterizedTypeName.get(CONSTRAINT_VIOLATION,
                    WildcardTypeName.subtypeOf(Object.class))));

    @Override
    String simpleName() {
        return REQUEST_ERRORS;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName problem = context.supportClass(API_PROBLEM);
        ClassName detail = fieldDetail(context);
        ClassName paths = context.supportClass(JSON_FIELD_PATHS);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Turns Spring's validation and binding failures into 400 {@code VALIDATION_FAILED} problems that
                        list every invalid field under the name the client used.
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(invalid(problem, detail))
                .addMethod(ofBindingResult(problem, detail))
                .addMethod(ofMethodValidation(problem, detail))
                .addMethod(ofTypeMismatch(problem, detail))
                .addMethod(missing(problem, detail))
                .addMethod(ofViolations(problem))
                .addMethod(violationDetails(detail, paths))
                .addMethod(details(detail, paths))
                .addMethod(containerPath())
                .addMethod(join())
                .addMethod(wireName())
                .addMethod(named())
                .addMethod(message())
                .addMethod(expected());
    }

    private static TypeName listOf(TypeName item) {
        return ParameterizedTypeName.get(ClassName.get(List.class), item);
    }

    private static MethodSpec invalid(ClassName problem, ClassName detail) {
        return MethodSpec.methodBuilder("invalid")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("A 400 problem listing every invalid field once, sorted so the answer is stable.\n")
                .addParameter(listOf(detail), "details")
                .addCode("""
                        $T sorted = details.stream()
                                .distinct()
                                .sorted($T.comparing($T::field).thenComparing($T::message))
                                .toList();
                        String summary = switch (sorted.size()) {
                            case 0 -> "The request is invalid.";
                            case 1 -> "1 field is invalid.";
                            default -> sorted.size() + " fields are invalid.";
                        };
                        return new $T(400, "VALIDATION_FAILED", "Bad Request", summary, sorted);
                        """, listOf(detail), Comparator.class, detail, detail, problem)
                .build();
    }

    private static MethodSpec ofBindingResult(ClassName problem, ClassName detail) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("Bean Validation of a {@code @Valid} request body.\n")
                .addParameter(BINDING_RESULT, "result")
                .addStatement("Object target = result.getTarget()")
                .addStatement("return invalid(details(result, target == null ? Object.class : target.getClass(), $S))",
                        "")
                .build();
    }

    private static MethodSpec ofMethodValidation(ClassName problem, ClassName detail) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("""
                        Spring's built-in validation of controller parameters, which also covers the body when
                        another parameter of the same method has constraints.
                        """)
                .addParameter(METHOD_VALIDATION, "failure")
                .addCode("""
                        $T details = new $T<>();
                        for ($T result : failure.getParameterValidationResults()) {
                            if (result instanceof $T errors) {
                                Object argument = result.getArgument();
                                Class<?> root = argument == null ? result.getMethodParameter().getParameterType() : argument.getClass();
                                details.addAll(details(errors, root, containerPath(result, "")));
                            } else {
                                String field = containerPath(result, wireName(result.getMethodParameter()));
                                for ($T error : result.getResolvableErrors()) {
                                    details.add(new $T(field, message(error)));
                                }
                            }
                        }
                        for ($T error : failure.getCrossParameterValidationResults()) {
                            details.add(new $T("", message(error)));
                        }
                        return invalid(details);
                        """, listOf(detail), ArrayList.class, PARAMETER_VALIDATION_RESULT, PARAMETER_ERRORS,
                        MESSAGE_SOURCE_RESOLVABLE, detail, MESSAGE_SOURCE_RESOLVABLE, detail)
                .build();
    }

    private static MethodSpec ofTypeMismatch(ClassName problem, ClassName detail) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("A parameter whose text does not convert, e.g. {@code ?page=abc} or an unknown enum value.\n")
                .addParameter(TYPE_MISMATCH, "mismatch")
                .addCode("""
                        String field = String.valueOf(mismatch.getPropertyName());
                        Class<?> expected = mismatch.getRequiredType();
                        if (mismatch instanceof $T argument) {
                            field = argument.getName();
                            if (expected != null && (expected.isArray() || $T.class.isAssignableFrom(expected))) {
                                expected = argument.getParameter().nested().getNestedParameterType();
                            }
                        }
                        return invalid($T.of(new $T(field, expected(expected))));
                        """, ARGUMENT_TYPE_MISMATCH, Collection.class, List.class, detail)
                .build();
    }

    private static MethodSpec missing(ClassName problem, ClassName detail) {
        return MethodSpec.methodBuilder("missing")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("A required query parameter, header or cookie the request lacks.\n")
                .addParameter(String.class, "name")
                .addStatement("return invalid($T.of(new $T(name, $S)))", List.class, detail, "is required")
                .build();
    }

    private static MethodSpec ofViolations(ClassName problem) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("""
                        Violations reported by the application's own {@code @Validated} beans or {@code Validator}
                        calls. Paths of validated method parameters stay Java paths, without the method's name.
                        """)
                .addParameter(VIOLATIONS, "violations")
                .addStatement("return invalid(details(violations))")
                .build();
    }

    private static MethodSpec violationDetails(ClassName detail, ClassName paths) {
        TypeName violation = ParameterizedTypeName.get(CONSTRAINT_VIOLATION, WildcardTypeName.subtypeOf(Object.class));
        return MethodSpec.methodBuilder("details")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(listOf(detail))
                .addJavadoc("Each violation under the JSON path of its bean's property, e.g. {@code line_items[0].unit_price}.\n")
                .addParameter(VIOLATIONS, "violations")
                .addCode("""
                        $T details = new $T<>();
                        for ($T violation : violations) {
                            String path = violation.getPropertyPath().toString();
                            boolean executable = violation.getExecutableParameters() != null
                                    || violation.getExecutableReturnValue() != null;
                            String field = executable
                                    ? path.substring(path.indexOf('.') + 1)
                                    : $T.toJson(violation.getRootBeanClass(), path);
                            details.add(new $T(field, violation.getMessage()));
                        }
                        return details;
                        """, listOf(detail), ArrayList.class, violation, paths, detail)
                .build();
    }

    private static MethodSpec details(ClassName detail, ClassName paths) {
        return MethodSpec.methodBuilder("details")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(listOf(detail))
                .addParameter(ERRORS, "errors")
                .addParameter(ANY_CLASS, "root")
                .addParameter(String.class, "prefix")
                .addCode("""
                        $T details = new $T<>();
                        for ($T error : errors.getFieldErrors()) {
                            details.add(new $T(join(prefix, $T.toJson(root, error.getField())), message(error)));
                        }
                        for ($T error : errors.getGlobalErrors()) {
                            details.add(new $T(prefix, message(error)));
                        }
                        return details;
                        """, listOf(detail), ArrayList.class, FIELD_ERROR, detail, paths, OBJECT_ERROR, detail)
                .build();
    }

    private static MethodSpec containerPath() {
        return MethodSpec.methodBuilder("containerPath")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The name with the index or key of the list or map element that failed, if any.\n")
                .addParameter(PARAMETER_VALIDATION_RESULT, "result")
                .addParameter(String.class, "name")
                .addCode("""
                        if (result.getContainerIndex() != null) {
                            return name + "[" + result.getContainerIndex() + "]";
                        }
                        if (result.getContainerKey() != null) {
                            return name + "[" + result.getContainerKey() + "]";
                        }
                        return name;
                        """)
                .build();
    }

    private static MethodSpec join() {
        return MethodSpec.methodBuilder("join")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "prefix")
                .addParameter(String.class, "path")
                .addCode("""
                        if (prefix.isEmpty() || path.isEmpty()) {
                            return prefix + path;
                        }
                        return path.startsWith("[") ? prefix + path : prefix + "." + path;
                        """)
                .build();
    }

    private static MethodSpec wireName() {
        return MethodSpec.methodBuilder("wireName")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The name a controller parameter has in the request: query parameter, path variable, header or cookie.\n")
                .addParameter(METHOD_PARAMETER, "parameter")
                .addCode("""
                        $T query = parameter.getParameterAnnotation($T.class);
                        if (query != null) {
                            return named(query.name(), query.value(), parameter);
                        }
                        $T path = parameter.getParameterAnnotation($T.class);
                        if (path != null) {
                            return named(path.name(), path.value(), parameter);
                        }
                        $T header = parameter.getParameterAnnotation($T.class);
                        if (header != null) {
                            return named(header.name(), header.value(), parameter);
                        }
                        $T cookie = parameter.getParameterAnnotation($T.class);
                        if (cookie != null) {
                            return named(cookie.name(), cookie.value(), parameter);
                        }
                        return named("", "", parameter);
                        """, REQUEST_PARAM, REQUEST_PARAM, PATH_VARIABLE, PATH_VARIABLE, REQUEST_HEADER, REQUEST_HEADER,
                        COOKIE_VALUE, COOKIE_VALUE)
                .build();
    }

    private static MethodSpec named() {
        return MethodSpec.methodBuilder("named")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "name")
                .addParameter(String.class, "value")
                .addParameter(METHOD_PARAMETER, "parameter")
                .addCode("""
                        if (!name.isEmpty()) {
                            return name;
                        }
                        if (!value.isEmpty()) {
                            return value;
                        }
                        String javaName = parameter.getParameterName();
                        return javaName == null ? "" : javaName;
                        """)
                .build();
    }

    private static MethodSpec message() {
        return MethodSpec.methodBuilder("message")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(MESSAGE_SOURCE_RESOLVABLE, "error")
                .addStatement("String message = error.getDefaultMessage()")
                .addStatement("return message == null || message.isBlank() ? $S : message", "is invalid")
                .build();
    }

    private static MethodSpec expected() {
        return MethodSpec.methodBuilder("expected")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("""
                        What a value of this type must look like, e.g. {@code must be one of [active, archived]}:
                        enums list their wire values, which their {@code toString()} returns.
                        """)
                .addParameter(ANY_CLASS, "type")
                .addCode("""
                        if (type == null) {
                            return "has the wrong type";
                        }
                        if (type.isEnum()) {
                            return "must be one of " + $T.of(type.getEnumConstants()).map(String::valueOf).toList();
                        }
                        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                                || type == Short.class || type == short.class || type == $T.class) {
                            return "must be an integer";
                        }
                        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
                            return "must be a number";
                        }
                        if (type == Boolean.class || type == boolean.class) {
                            return "must be true or false";
                        }
                        if (type == $T.class) {
                            return "must be a UUID";
                        }
                        if (type == $T.class) {
                            return "must be a date such as 2024-01-31";
                        }
                        if ($T.class.isAssignableFrom(type)) {
                            return "must be a date-time such as 2024-01-31T09:30:00Z";
                        }
                        if (type == $T.class) {
                            return "must be a URI";
                        }
                        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
                            return "must be a string";
                        }
                        if (type.isArray() || $T.class.isAssignableFrom(type)) {
                            return "must be an array";
                        }
                        return "must be an object";
                        """, Stream.class, BigInteger.class, UUID.class, LocalDate.class, Temporal.class, URI.class,
                        Collection.class)
                .build();
    }
}
