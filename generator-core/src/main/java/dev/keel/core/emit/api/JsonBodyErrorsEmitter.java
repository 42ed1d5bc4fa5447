package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.INPUT_COERCION;
import static dev.keel.core.emit.api.SpringTypes.INVALID_FORMAT;
import static dev.keel.core.emit.api.SpringTypes.INVALID_NULL;
import static dev.keel.core.emit.api.SpringTypes.JACKSON_EXCEPTION;
import static dev.keel.core.emit.api.SpringTypes.JACKSON_REFERENCE;
import static dev.keel.core.emit.api.SpringTypes.MESSAGE_NOT_READABLE;
import static dev.keel.core.emit.api.SpringTypes.MISMATCHED_INPUT;
import static dev.keel.core.emit.api.SpringTypes.STREAM_READ_EXCEPTION;
import static dev.keel.core.emit.api.SpringTypes.TOKEN_STREAM_LOCATION;
import static dev.keel.core.emit.api.SpringTypes.UNRECOGNIZED_PROPERTY;
import static dev.keel.core.emit.api.SpringTypes.VALUE_INSTANTIATION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code JsonBodyErrors}: a body Jackson cannot read becomes a 400 that names the field and what it must
 * be, or says where the JSON breaks. Jackson's own message is never shown: it quotes the input and Java types.
 */
final class JsonBodyErrorsEmitter extends SupportTypeEmitter {

    @Override
    String simpleName() {
        return JSON_BODY_ERRORS;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName problem = context.supportClass(API_PROBLEM);
        ClassName requestErrors = context.supportClass(REQUEST_ERRORS);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Explains a request body Jackson cannot read: the field and what it must be for a wrong type or
                        an unknown enum value, the line and column for broken JSON. Never Jackson's own message, which
                        quotes the input and names Java types.
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(of(problem))
                .addMethod(ofJackson(problem))
                .addMethod(explain(problem, requestErrors))
                .addMethod(instantiationMessage(requestErrors))
                .addMethod(field(problem, requestErrors, fieldDetail(context)))
                .addMethod(path())
                .addMethod(malformed(problem))
                .addMethod(unreadable(problem))
                .addMethod(jacksonCause());
    }

    private static MethodSpec of(ClassName problem) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addParameter(MESSAGE_NOT_READABLE, "failure")
                .addStatement("$T jackson = jacksonCause(failure)", JACKSON_EXCEPTION)
                .addStatement("$T explained = jackson == null ? null : explain(jackson)", problem)
                .addStatement("return explained != null ? explained : unreadable(failure)")
                .build();
    }

    private static MethodSpec ofJackson(ClassName problem) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("A failure of the application's own Jackson call, e.g. converting a PATCH body's tree.\n")
                .addParameter(JACKSON_EXCEPTION, "failure")
                .addStatement("$T explained = explain(failure)", problem)
                .addStatement("return explained != null ? explained : new $T(400, $S, $S, $S, $T.of())", problem,
                        "BAD_REQUEST", "Bad Request", "The request body could not be read.", List.class)
                .build();
    }

    private static MethodSpec explain(ClassName problem, ClassName requestErrors) {
        return MethodSpec.methodBuilder("explain")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(problem)
                .addJavadoc("The problem for a failure Keel can explain to the client, or {@code null}.\n")
                .addParameter(JACKSON_EXCEPTION, "jackson")
                .addCode("""
                        if (jackson instanceof $T invalid) {
                            return field(invalid, $T.expected(invalid.getTargetType()));
                        }
                        if (jackson instanceof $T failed) {
                            return field(failed, instantiationMessage(failed));
                        }
                        if (jackson instanceof $T) {
                            return field(jackson, "is not a known property");
                        }
                        if (jackson instanceof $T) {
                            return field(jackson, "must not be null");
                        }
                        if (jackson instanceof $T mismatched) {
                            return field(mismatched, $T.expected(mismatched.getTargetType()));
                        }
                        if (jackson instanceof $T) {
                            return field(jackson, "is out of range");
                        }
                        if (jackson instanceof $T) {
                            return malformed(jackson.getLocation());
                        }
                        return null;
                        """, INVALID_FORMAT, requestErrors, VALUE_INSTANTIATION, UNRECOGNIZED_PROPERTY, INVALID_NULL,
                        MISMATCHED_INPUT, requestErrors, INPUT_COERCION, STREAM_READ_EXCEPTION)
                .build();
    }

    private static MethodSpec instantiationMessage(ClassName requestErrors) {
        return MethodSpec.methodBuilder("instantiationMessage")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("An enum's {@code fromValue} refused the text: list the values it takes.\n")
                .addParameter(VALUE_INSTANTIATION, "failed")
                .addStatement("Class<?> type = failed.getType() == null ? null : failed.getType().getRawClass()")
                .addStatement("return type != null && type.isEnum() ? $T.expected(type) : $S", requestErrors,
                        "is invalid")
                .build();
    }

    private static MethodSpec field(ClassName problem, ClassName requestErrors, ClassName detail) {
        return MethodSpec.methodBuilder("field")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(problem)
                .addParameter(JACKSON_EXCEPTION, "failure")
                .addParameter(String.class, "message")
                .addStatement("return $T.invalid($T.of(new $T(path(failure), message)))", requestErrors, List.class,
                        detail)
                .build();
    }

    private static MethodSpec path() {
        return MethodSpec.methodBuilder("path")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The JSON path of the failing value, e.g. {@code items[2].status}; empty for the body itself.\n")
                .addParameter(JACKSON_EXCEPTION, "failure")
                .addCode("""
                        StringBuilder path = new StringBuilder();
                        for ($T reference : failure.getPath()) {
                            if (reference.getPropertyName() != null) {
                                if (path.length() > 0) {
                                    path.append('.');
                                }
                                path.append(reference.getPropertyName());
                            } else if (reference.getIndex() >= 0) {
                                path.append('[').append(reference.getIndex()).append(']');
                            }
                        }
                        return path.toString();
                        """, JACKSON_REFERENCE)
                .build();
    }

    private static MethodSpec malformed(ClassName problem) {
        return MethodSpec.methodBuilder("malformed")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(problem)
                .addParameter(TOKEN_STREAM_LOCATION, "location")
                .addCode("""
                        String where = location == null || location.getLineNr() < 1
                                ? ""
                                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
                        return new $T(400, "MALFORMED_JSON", "Bad Request", "The request body is not valid JSON" + where + ".", $T.of());
                        """, problem, List.class)
                .build();
    }

    private static MethodSpec unreadable(ClassName problem) {
        return MethodSpec.methodBuilder("unreadable")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(problem)
                .addParameter(MESSAGE_NOT_READABLE, "failure")
                .addCode("""
                        String message = failure.getMessage();
                        if (message != null && message.startsWith("Required request body is missing")) {
                            return new $T(400, "MISSING_BODY", "Bad Request", "The request body is missing.", $T.of());
                        }
                        return new $T(400, "BAD_REQUEST", "Bad Request", "The request body could not be read.", $T.of());
                        """, problem, List.class, problem, List.class)
                .build();
    }

    private static MethodSpec jacksonCause() {
        return MethodSpec.methodBuilder("jacksonCause")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JACKSON_EXCEPTION)
                .addParameter(Throwable.class, "failure")
                .addCode("""
                        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                            if (cause instanceof $T jackson) {
                                return jackson;
                            }
                        }
                        return null;
                        """, JACKSON_EXCEPTION)
                .build();
    }
}
