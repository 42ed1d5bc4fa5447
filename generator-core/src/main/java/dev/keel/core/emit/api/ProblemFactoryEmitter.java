package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.COMPONENT;
import static dev.keel.core.emit.api.SpringTypes.ENVIRONMENT;
import static dev.keel.core.emit.api.SpringTypes.HTTP_HEADERS;
import static dev.keel.core.emit.api.SpringTypes.HTTP_STATUS;
import static dev.keel.core.emit.api.SpringTypes.JSON_MAPPER;
import static dev.keel.core.emit.api.SpringTypes.LOGGER;
import static dev.keel.core.emit.api.SpringTypes.LOGGER_FACTORY;
import static dev.keel.core.emit.api.SpringTypes.MEDIA_TYPE;
import static dev.keel.core.emit.api.SpringTypes.RESPONSE_ENTITY;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_REQUEST;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_RESPONSE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.ops.OpsNames;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ProblemFactory}: the one place that shapes a problem body, so the exception handler, the error
 * controller and the body limit filter answer alike.
 */
final class ProblemFactoryEmitter extends SupportTypeEmitter {

    private static final ClassName MDC = ClassName.get("org.slf4j", "MDC");

    static final String TYPE_BASE_PROPERTY = "keel.problems.type-base";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final TypeName BODY = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));
    private static final TypeName RESPONSE = ParameterizedTypeName.get(RESPONSE_ENTITY, ClassName.get(Object.class));

    @Override
    String simpleName() {
        return PROBLEM_FACTORY;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName apiProblem = context.supportClass(API_PROBLEM);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(COMPONENT)
                .addJavadoc("""
                        Shapes every {@code application/problem+json} body the application answers with: {@code type},
                        {@code title}, {@code status}, {@code detail}, {@code instance}, {@code code}, {@code details},
                        {@code timestamp}, {@code path}, {@code requestId} (the request's {@code X-Request-Id}), and
                        {@code correlationId} for unexpected failures.
                        {@code type} is {@code about:blank} unless {@code $L} is set.
                        """, TYPE_BASE_PROPERTY)
                .addField(constant(String.class, "TYPE_BASE_PROPERTY", "$S", TYPE_BASE_PROPERTY))
                .addField(constant(String.class, "REQUEST_ID_HEADER", "$S", REQUEST_ID_HEADER))
                .addField(privateConstant(LOGGER, "LOG", "$T.getLogger($T.class)", LOGGER_FACTORY, self))
                .addField(privateConstant(ClassName.get(Pattern.class), "SAFE_REQUEST_ID", "$T.compile($S)",
                        Pattern.class, "[A-Za-z0-9._:-]{1,128}"))
                .addField(privateConstant(JSON_MAPPER, "JSON", "$T.builder().build()", JSON_MAPPER))
                .addField(String.class, "typeBase", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ENVIRONMENT, "environment")
                        .addStatement("this.typeBase = environment.getProperty(TYPE_BASE_PROPERTY, $S).trim()",
                                "about:blank")
                        .build())
                .addMethod(body(apiProblem))
                .addMethod(simpleBody(apiProblem))
                .addMethod(internalError())
                .addMethod(response())
                .addMethod(write())
                .addMethod(correlationId())
                .addMethod(type())
                .addMethod(code())
                .addMethod(title());
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object... args) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, args)
                .build();
    }

    private static FieldSpec privateConstant(TypeName type, String name, String format, Object... args) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, args)
                .build();
    }

    private static MethodSpec body(ClassName apiProblem) {
        return MethodSpec.methodBuilder("body")
                .addModifiers(Modifier.PUBLIC)
                .returns(BODY)
                .addJavadoc("The body for a problem the client caused; {@code path} is the request's path.\n")
                .addParameter(apiProblem, "problem")
                .addParameter(String.class, "path")
                .addStatement("$T body = new $T<>()", BODY, LinkedHashMap.class)
                .addStatement("body.put($S, type(problem.code()))", "type")
                .addStatement("body.put($S, problem.title())", "title")
                .addStatement("body.put($S, problem.status())", "status")
                .addStatement("body.put($S, problem.detail())", "detail")
                .addStatement("body.put($S, path)", "instance")
                .addStatement("body.put($S, problem.code())", "code")
                .addStatement("body.put($S, problem.details())", "details")
                .addStatement("body.put($S, $T.now().toString())", "timestamp", Instant.class)
                .addStatement("body.put($S, path)", "path")
                .addCode(requestIdMember())
                .addStatement("return body")
                .build();
    }

    private static MethodSpec simpleBody(ClassName apiProblem) {
        return MethodSpec.methodBuilder("body")
                .addModifiers(Modifier.PUBLIC)
                .returns(BODY)
                .addParameter(int.class, "status")
                .addParameter(String.class, "code")
                .addParameter(String.class, "detail")
                .addParameter(String.class, "path")
                .addStatement("return body(new $T(status, code, title(status), detail, $T.of()), path)",
                        apiProblem, List.class)
                .build();
    }

    private static MethodSpec internalError() {
        return MethodSpec.methodBuilder("internalError")
                .addModifiers(Modifier.PUBLIC)
                .returns(BODY)
                .addJavadoc("""
                        Logs an unexpected failure under a correlation id and returns a 500 body that reveals only that
                        id: never the exception's text or stack trace.
                        """)
                .addParameter(SERVLET_REQUEST, "request")
                .addParameter(String.class, "path")
                .addParameter(Throwable.class, "failure")
                .addStatement("String correlationId = correlationId(request)")
                .addStatement("LOG.error($S, request.getMethod(), path, correlationId, failure)",
                        "{} {} failed [correlationId={}]")
                .addStatement("$T body = body(500, $S, $S + correlationId + $S, path)", BODY, "INTERNAL_ERROR",
                        "An unexpected error occurred. Quote correlation id ", " when reporting it.")
                .addStatement("body.put($S, correlationId)", "correlationId")
                .addStatement("return body")
                .build();
    }

    private static MethodSpec response() {
        return MethodSpec.methodBuilder("response")
                .addModifiers(Modifier.PUBLIC)
                .returns(RESPONSE)
                .addJavadoc("""
                        A Spring MVC response for a body; the content type is fixed so the problem is written whatever
                        the client's {@code Accept} header says.
                        """)
                .addParameter(BODY, "body")
                .addParameter(HTTP_HEADERS, "headers")
                .addStatement("$T problemHeaders = headers == null ? new $T() : $T.copyOf(headers)",
                        HTTP_HEADERS, HTTP_HEADERS, HTTP_HEADERS)
                .addStatement("problemHeaders.setContentType($T.APPLICATION_PROBLEM_JSON)", MEDIA_TYPE)
                .addStatement("Object correlationId = body.get($S)", "correlationId")
                .beginControlFlow("if (correlationId != null)")
                .addStatement("problemHeaders.set(REQUEST_ID_HEADER, correlationId.toString())")
                .endControlFlow()
                .addStatement("return new $T<>(body, problemHeaders, (Integer) body.get($S))", RESPONSE_ENTITY, "status")
                .build();
    }

    private static MethodSpec write() {
        return MethodSpec.methodBuilder("write")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes a body straight to the servlet response, for failures outside Spring MVC.\n")
                .addParameter(SERVLET_RESPONSE, "response")
                .addParameter(BODY, "body")
                .addException(IOException.class)
                .addStatement("byte[] json = JSON.writeValueAsBytes(body)")
                .addStatement("response.setStatus((Integer) body.get($S))", "status")
                .addStatement("response.setContentType($T.APPLICATION_PROBLEM_JSON_VALUE)", MEDIA_TYPE)
                .addStatement("response.setContentLength(json.length)")
                .beginControlFlow("if (body.get($S) != null)", "correlationId")
                .addStatement("response.setHeader(REQUEST_ID_HEADER, body.get($S).toString())", "correlationId")
                .endControlFlow()
                .addStatement("response.getOutputStream().write(json)")
                .build();
    }

    /** The request id the request id filter put in the MDC, so a client can quote it. */
    private static CodeBlock requestIdMember() {
        return CodeBlock.builder()
                .addStatement("String requestId = $T.get($S)", MDC, OpsNames.REQUEST_ID_MDC_KEY)
                .beginControlFlow("if (requestId != null)")
                .addStatement("body.put($S, requestId)", "requestId")
                .endControlFlow()
                .build();
    }

    private static MethodSpec correlationId() {
        return MethodSpec.methodBuilder("correlationId")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The request's id: the one in the MDC, the client's {@code $L} when it is a plain "
                        + "token, else a new random id.\n", REQUEST_ID_HEADER)
                .addParameter(SERVLET_REQUEST, "request")
                .addStatement("String known = $T.get($S)", MDC, OpsNames.REQUEST_ID_MDC_KEY)
                .beginControlFlow("if (known != null)")
                .addStatement("return known")
                .endControlFlow()
                .addStatement("String requested = request.getHeader(REQUEST_ID_HEADER)")
                .beginControlFlow("if (requested != null && SAFE_REQUEST_ID.matcher(requested).matches())")
                .addStatement("return requested")
                .endControlFlow()
                .addStatement("return $T.randomUUID().toString()", UUID.class)
                .build();
    }

    private static MethodSpec type() {
        return MethodSpec.methodBuilder("type")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("{@code about:blank}, or the configured base followed by the code in kebab case.\n")
                .addParameter(String.class, "code")
                .beginControlFlow("if (typeBase.isEmpty() || typeBase.equals($S))", "about:blank")
                .addStatement("return $S", "about:blank")
                .endControlFlow()
                .addStatement("String base = typeBase.endsWith($S) ? typeBase : typeBase + $S", "/", "/")
                .addStatement("return base + code.toLowerCase($T.ROOT).replace('_', '-')", Locale.class)
                .build();
    }

    private static MethodSpec code() {
        return MethodSpec.methodBuilder("code")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The problem code Keel uses for a status when nothing more specific is known.\n")
                .addParameter(int.class, "status")
                .addCode("""
                        return switch (status) {
                            case 400 -> "BAD_REQUEST";
                            case 401 -> "UNAUTHORIZED";
                            case 403 -> "FORBIDDEN";
                            case 404 -> "NOT_FOUND";
                            case 405 -> "METHOD_NOT_ALLOWED";
                            case 406 -> "NOT_ACCEPTABLE";
                            case 409 -> "CONFLICT";
                            case 413 -> "PAYLOAD_TOO_LARGE";
                            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                            case 429 -> "TOO_MANY_REQUESTS";
                            case 500 -> "INTERNAL_ERROR";
                            case 501 -> "NOT_IMPLEMENTED";
                            case 503 -> "SERVICE_UNAVAILABLE";
                            default -> {
                                $T known = $T.resolve(status);
                                yield known == null ? "HTTP_" + status : known.name();
                            }
                        };
                        """, HTTP_STATUS, HTTP_STATUS)
                .build();
    }

    private static MethodSpec title() {
        return MethodSpec.methodBuilder("title")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The status's reason phrase, e.g. {@code Not Found}.\n")
                .addParameter(int.class, "status")
                .addStatement("$T known = $T.resolve(status)", HTTP_STATUS, HTTP_STATUS)
                .addStatement("return known == null ? $S + status : known.getReasonPhrase()", "HTTP ")
                .build();
    }
}
