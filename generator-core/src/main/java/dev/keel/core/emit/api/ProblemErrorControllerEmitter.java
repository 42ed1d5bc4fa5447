package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.ERROR_CONTROLLER;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_DISPATCHER;
import static dev.keel.core.emit.api.SpringTypes.REQUEST_MAPPING;
import static dev.keel.core.emit.api.SpringTypes.RESPONSE_ENTITY;
import static dev.keel.core.emit.api.SpringTypes.REST_CONTROLLER;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_REQUEST;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ProblemErrorController}, which replaces Spring Boot's error page: errors that never reach Spring
 * MVC (thrown by filters, raised by the servlet container) are answered with problems too, never with a trace.
 */
final class ProblemErrorControllerEmitter extends SupportTypeEmitter {

    @Override
    String simpleName() {
        return "ProblemErrorController";
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName problems = context.supportClass(PROBLEM_FACTORY);
        ClassName problem = context.supportClass(API_PROBLEM);
        ClassName limitFilter = context.supportClass(BODY_LIMIT_FILTER);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(ERROR_CONTROLLER)
                .addAnnotation(REST_CONTROLLER)
                .addJavadoc("""
                        Answers the servlet container's error dispatches (failures in filters, requests the container
                        refuses) with problems. Replaces Spring Boot's error controller, so no error page, message or
                        trace is ever shown.
                        """)
                .addField(problems, "problems", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(problems, "problems")
                        .addStatement("this.problems = problems")
                        .build())
                .addMethod(error(problems, problem, limitFilter, tooLargeException(context)))
                .addMethod(MethodSpec.methodBuilder("problemCause")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(problem)
                        .addJavadoc("A problem a filter threw on purpose, usually wrapped in a {@code ServletException}.\n")
                        .addParameter(Throwable.class, "failure")
                        .addCode("""
                                for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                                    if (cause instanceof $T problem) {
                                        return problem;
                                    }
                                }
                                return null;
                                """, problem)
                        .build());
    }

    private static MethodSpec error(ClassName problems, ClassName problem, ClassName limitFilter,
            ClassName tooLarge) {
        return MethodSpec.methodBuilder("error")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(REQUEST_MAPPING)
                        .addMember("value", "$S", "${server.error.path:${error.path:/error}}")
                        .build())
                .returns(ParameterizedTypeName.get(RESPONSE_ENTITY, ClassName.get(Object.class)))
                .addParameter(SERVLET_REQUEST, "request")
                .addCode("""
                        Object uri = request.getAttribute($T.ERROR_REQUEST_URI);
                        String path = uri == null ? request.getRequestURI() : uri.toString();
                        Object statusAttribute = request.getAttribute($T.ERROR_STATUS_CODE);
                        int status = statusAttribute instanceof Integer code ? code : 404;
                        Throwable failure = request.getAttribute($T.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
                        $T thrownProblem = problemCause(failure);
                        if (thrownProblem != null) {
                            return problems.response(problems.body(thrownProblem, path), null);
                        }
                        $T tooLarge = $T.tooLarge(failure);
                        if (tooLarge != null) {
                            return problems.response(problems.body($T.problem(tooLarge.limit()), path), null);
                        }
                        if (status == 500) {
                            return problems.response(problems.internalError(request, path, failure), null);
                        }
                        String detail = status == 404
                                ? "No endpoint " + request.getMethod() + " " + path + "."
                                : $T.title(status) + ".";
                        return problems.response(problems.body(status, $T.code(status), detail, path), null);
                        """, REQUEST_DISPATCHER, REQUEST_DISPATCHER, REQUEST_DISPATCHER, problem, tooLarge,
                        limitFilter, limitFilter, problems, problems)
                .build();
    }
}
