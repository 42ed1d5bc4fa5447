package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.ARGUMENT_NOT_VALID;
import static dev.keel.core.emit.api.SpringTypes.CONSTRAINT_VIOLATION_EXCEPTION;
import static dev.keel.core.emit.api.SpringTypes.ERROR_RESPONSE;
import static dev.keel.core.emit.api.SpringTypes.EXCEPTION_HANDLER;
import static dev.keel.core.emit.api.SpringTypes.HTTP_HEADERS;
import static dev.keel.core.emit.api.SpringTypes.HTTP_STATUS_CODE;
import static dev.keel.core.emit.api.SpringTypes.MEDIA_TYPE;
import static dev.keel.core.emit.api.SpringTypes.MEDIA_TYPE_NOT_ACCEPTABLE;
import static dev.keel.core.emit.api.SpringTypes.MEDIA_TYPE_NOT_SUPPORTED;
import static dev.keel.core.emit.api.SpringTypes.MESSAGE_NOT_READABLE;
import static dev.keel.core.emit.api.SpringTypes.METHOD_NOT_SUPPORTED;
import static dev.keel.core.emit.api.SpringTypes.METHOD_VALIDATION;
import static dev.keel.core.emit.api.SpringTypes.MISSING_COOKIE;
import static dev.keel.core.emit.api.SpringTypes.MISSING_HEADER;
import static dev.keel.core.emit.api.SpringTypes.MISSING_PARAMETER;
import static dev.keel.core.emit.api.SpringTypes.NO_HANDLER_FOUND;
import static dev.keel.core.emit.api.SpringTypes.NO_RESOURCE_FOUND;
import static dev.keel.core.emit.api.SpringTypes.RESPONSE_ENTITY;
import static dev.keel.core.emit.api.SpringTypes.RESPONSE_ENTITY_EXCEPTION_HANDLER;
import static dev.keel.core.emit.api.SpringTypes.REST_CONTROLLER_ADVICE;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_REQUEST;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_RESPONSE;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_WEB_REQUEST;
import static dev.keel.core.emit.api.SpringTypes.TYPE_MISMATCH;
import static dev.keel.core.emit.api.SpringTypes.WEB_REQUEST;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ProblemExceptionHandler}: every failure inside Spring MVC, the framework's own and the
 * application's, becomes an {@code application/problem+json} answer built by {@code ProblemFactory}.
 */
final class ProblemExceptionHandlerEmitter extends SupportTypeEmitter {

    private static final TypeName RESPONSE = ParameterizedTypeName.get(RESPONSE_ENTITY, ClassName.get(Object.class));

    @Override
    String simpleName() {
        return "ProblemExceptionHandler";
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        Types types = new Types(context);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(RESPONSE_ENTITY_EXCEPTION_HANDLER)
                .addAnnotation(REST_CONTROLLER_ADVICE)
                .addJavadoc("""
                        Answers every failure inside Spring MVC with an {@code application/problem+json} body: field by
                        field for invalid requests, the operation for 501, and only a correlation id for unexpected
                        failures, whose exception is logged under that id.
                        """)
                .addField(types.problems, "problems", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(types.problems, "problems")
                        .addStatement("this.problems = problems")
                        .build())
                .addMethod(handler("handleApiProblem", types.problem, "problem")
                        .addStatement("return answer(problem, request, null)")
                        .build())
                .addMethod(handler("handleNotImplemented", context.supportClass(NOT_IMPLEMENTED), "failure")
                        .addStatement("return answer(new $T(501, $S, $T.title(501), failure.getMessage(), $T.of()), "
                                + "request, null)", types.problem, "NOT_IMPLEMENTED", types.problems, List.class)
                        .build())
                .addMethod(handler("handleConstraintViolation", CONSTRAINT_VIOLATION_EXCEPTION, "failure")
                        .addStatement("return answer($T.of(failure.getConstraintViolations()), request, null)",
                                types.requestErrors)
                        .build())
                .addMethod(handleUnexpected(types))
                .addMethod(handleExceptionInternal())
                .addMethod(problemFor(types))
                .addMethod(detail(types))
                .addMethod(alternatives())
                .addMethod(MethodSpec.methodBuilder("answer")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(RESPONSE)
                        .addParameter(types.problem, "problem")
                        .addParameter(SERVLET_REQUEST, "request")
                        .addParameter(HTTP_HEADERS, "headers")
                        .addStatement("return problems.response(problems.body(problem, request.getRequestURI()), headers)")
                        .build());
    }

    /** The support types the handler delegates to. */
    private record Types(ClassName problem, ClassName problems, ClassName requestErrors, ClassName jsonBodyErrors,
            ClassName limitFilter, ClassName tooLarge) {

        Types(EmitContext context) {
            this(context.supportClass(API_PROBLEM), context.supportClass(PROBLEM_FACTORY),
                    context.supportClass(REQUEST_ERRORS), context.supportClass(JSON_BODY_ERRORS),
                    context.supportClass(BODY_LIMIT_FILTER), tooLargeException(context));
        }
    }

    private static MethodSpec.Builder handler(String name, ClassName exception, String parameter) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(EXCEPTION_HANDLER).addMember("value", "$T.class", exception).build())
                .returns(RESPONSE)
                .addParameter(exception, parameter)
                .addParameter(SERVLET_REQUEST, "request");
    }

    private static MethodSpec handleUnexpected(Types types) {
        return handler("handleUnexpected", ClassName.get(Exception.class), "failure")
                .addJavadoc("Anything else: a 500 that shows a correlation id and nothing of the exception.\n")
                .addStatement("$T tooLarge = $T.tooLarge(failure)", types.tooLarge, types.limitFilter)
                .beginControlFlow("if (tooLarge != null)")
                .addStatement("return answer($T.problem(tooLarge.limit()), request, null)", types.limitFilter)
                .endControlFlow()
                .addStatement("return problems.response(problems.internalError(request, request.getRequestURI(), failure), null)")
                .build();
    }

    private static MethodSpec handleExceptionInternal() {
        return MethodSpec.methodBuilder("handleExceptionInternal")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(RESPONSE)
                .addJavadoc("Every Spring MVC exception the base class knows arrives here; its headers (Allow, Accept) are kept.\n")
                .addParameter(Exception.class, "failure")
                .addParameter(Object.class, "body")
                .addParameter(HTTP_HEADERS, "headers")
                .addParameter(HTTP_STATUS_CODE, "statusCode")
                .addParameter(WEB_REQUEST, "webRequest")
                .addStatement("$T servletRequest = ($T) webRequest", SERVLET_WEB_REQUEST, SERVLET_WEB_REQUEST)
                .addStatement("$T request = servletRequest.getRequest()", SERVLET_REQUEST)
                .addStatement("$T response = servletRequest.getResponse()", SERVLET_RESPONSE)
                .beginControlFlow("if (response != null && response.isCommitted())")
                .addComment("The response has started: too late for a problem body.")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (statusCode.value() == 500)")
                .addStatement("return problems.response(problems.internalError(request, request.getRequestURI(), failure), headers)")
                .endControlFlow()
                .addStatement("return answer(problemFor(failure, statusCode.value(), request), request, headers)")
                .build();
    }

    private static MethodSpec problemFor(Types types) {
        return MethodSpec.methodBuilder("problemFor")
                .addModifiers(Modifier.PRIVATE)
                .returns(types.problem)
                .addParameter(Exception.class, "failure")
                .addParameter(int.class, "status")
                .addParameter(SERVLET_REQUEST, "request")
                .addCode("""
                        if (failure instanceof $T invalid) {
                            return $T.of(invalid.getBindingResult());
                        }
                        if (failure instanceof $T invalid) {
                            return $T.of(invalid);
                        }
                        if (failure instanceof $T unreadable) {
                            $T tooLarge = $T.tooLarge(unreadable);
                            return tooLarge != null ? $T.problem(tooLarge.limit()) : $T.of(unreadable);
                        }
                        if (failure instanceof $T mismatch) {
                            return $T.of(mismatch);
                        }
                        if (failure instanceof $T missing) {
                            return $T.missing(missing.getParameterName());
                        }
                        if (failure instanceof $T missing) {
                            return $T.missing(missing.getHeaderName());
                        }
                        if (failure instanceof $T missing) {
                            return $T.missing(missing.getCookieName());
                        }
                        return new $T(status, $T.code(status), $T.title(status), detail(failure, status, request), $T.of());
                        """,
                        ARGUMENT_NOT_VALID, types.requestErrors, METHOD_VALIDATION, types.requestErrors,
                        MESSAGE_NOT_READABLE, types.tooLarge, types.limitFilter, types.limitFilter, types.jsonBodyErrors,
                        TYPE_MISMATCH, types.requestErrors, MISSING_PARAMETER, types.requestErrors,
                        MISSING_HEADER, types.requestErrors, MISSING_COOKIE, types.requestErrors,
                        types.problem, types.problems, types.problems, List.class)
                .build();
    }

    private static MethodSpec detail(Types types) {
        return MethodSpec.methodBuilder("detail")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(Exception.class, "failure")
                .addParameter(int.class, "status")
                .addParameter(SERVLET_REQUEST, "request")
                .addCode("""
                        if (failure instanceof $T || failure instanceof $T) {
                            return "No endpoint " + request.getMethod() + " " + request.getRequestURI() + ".";
                        }
                        if (failure instanceof $T) {
                            return request.getMethod() + " is not supported here; the Allow header lists what is.";
                        }
                        if (failure instanceof $T unsupported) {
                            String sent = unsupported.getContentType() == null ? "(none)" : unsupported.getContentType().toString();
                            return "Content type " + sent + " is not supported" + alternatives("; use ", unsupported.getSupportedMediaTypes());
                        }
                        if (failure instanceof $T unacceptable) {
                            return "None of the accepted media types can be produced" + alternatives("; available: ", unacceptable.getSupportedMediaTypes());
                        }
                        if (failure instanceof $T response && response.getBody().getDetail() != null) {
                            return response.getBody().getDetail();
                        }
                        return $T.title(status) + ".";
                        """, NO_RESOURCE_FOUND, NO_HANDLER_FOUND, METHOD_NOT_SUPPORTED, MEDIA_TYPE_NOT_SUPPORTED,
                        MEDIA_TYPE_NOT_ACCEPTABLE, ERROR_RESPONSE, types.problems)
                .build();
    }

    private static MethodSpec alternatives() {
        return MethodSpec.methodBuilder("alternatives")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "lead")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), MEDIA_TYPE), "mediaTypes")
                .addStatement("return mediaTypes.isEmpty() ? $S : lead + $T.toString(mediaTypes) + $S", ".", MEDIA_TYPE, ".")
                .build();
    }
}
