package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.COMPONENT;
import static dev.keel.core.emit.api.SpringTypes.DATA_SIZE;
import static dev.keel.core.emit.api.SpringTypes.ENVIRONMENT;
import static dev.keel.core.emit.api.SpringTypes.ONCE_PER_REQUEST_FILTER;
import static dev.keel.core.emit.api.SpringTypes.ORDER;
import static dev.keel.core.emit.api.SpringTypes.ORDERED;
import static dev.keel.core.emit.api.SpringTypes.READ_LISTENER;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_INPUT_STREAM;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_REQUEST;
import static dev.keel.core.emit.api.SpringTypes.SERVLET_REQUEST_WRAPPER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.SpringMembers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RequestBodyLimitFilter}: bodies over {@code keel.http.max-request-body} are refused with 413,
 * up front when {@code Content-Length} says so, while reading when the body is chunked.
 */
final class RequestBodyLimitFilterEmitter extends SupportTypeEmitter {

    static final String LIMIT_PROPERTY = "keel.http.max-request-body";
    static final String DEFAULT_LIMIT = "1MB";

    @Override
    String simpleName() {
        return BODY_LIMIT_FILTER;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName problems = context.supportClass(PROBLEM_FACTORY);
        ClassName problem = context.supportClass(API_PROBLEM);
        ClassName tooLarge = tooLargeException(context);
        ClassName limitedRequest = self.nestedClass("LimitedRequest");
        ClassName limitedStream = self.nestedClass("LimitedInputStream");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(ONCE_PER_REQUEST_FILTER)
                .addAnnotation(COMPONENT)
                .addAnnotation(AnnotationSpec.builder(ORDER).addMember("value", "$T.HIGHEST_PRECEDENCE + 10", ORDERED).build())
                .addJavadoc("""
                        Refuses request bodies larger than {@code $L} (a Spring {@code DataSize}, default $L) with a 413
                        problem: at once when {@code Content-Length} is over the limit, and while reading when a chunked
                        body passes it.
                        """, LIMIT_PROPERTY, DEFAULT_LIMIT)
                .addField(FieldSpec.builder(String.class, "LIMIT_PROPERTY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", LIMIT_PROPERTY)
                        .build())
                .addField(long.class, "limit", Modifier.PRIVATE, Modifier.FINAL)
                .addField(problems, "problems", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ENVIRONMENT, "environment")
                        .addParameter(problems, "problems")
                        .addStatement("this.limit = $T.parse(environment.getProperty(LIMIT_PROPERTY, $S)).toBytes()",
                                DATA_SIZE, DEFAULT_LIMIT)
                        .addStatement("this.problems = problems")
                        .build())
                .addMethod(doFilterInternal(limitedRequest))
                .addMethod(MethodSpec.methodBuilder("problem")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(problem)
                        .addParameter(long.class, "limit")
                        .addStatement("return new $T(413, $S, $T.title(413), $S + limit + $S, $T.of())", problem,
                                "PAYLOAD_TOO_LARGE", problems, "The request body is larger than the limit of ",
                                " bytes.", List.class)
                        .build())
                .addMethod(tooLargeCause(tooLarge))
                .addType(tooLargeType(tooLarge))
                .addType(limitedRequestType(limitedRequest, limitedStream))
                .addType(limitedStreamType(limitedStream, tooLarge));
    }

    private static MethodSpec doFilterInternal(ClassName limitedRequest) {
        return SpringMembers.doFilterInternal()
                .beginControlFlow("if (request.getContentLengthLong() > limit)")
                .addStatement("problems.write(response, problems.body(problem(limit), request.getRequestURI()))")
                .addStatement("return")
                .endControlFlow()
                .addStatement("chain.doFilter(new $T(request, limit), response)", limitedRequest)
                .build();
    }

    private static MethodSpec tooLargeCause(ClassName tooLarge) {
        return MethodSpec.methodBuilder("tooLarge")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(tooLarge)
                .addJavadoc("The over-limit failure among a failure's causes, or null: readers wrap it in their own.\n")
                .addParameter(Throwable.class, "failure")
                .addCode("""
                        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                            if (cause instanceof $T tooLarge) {
                                return tooLarge;
                            }
                        }
                        return null;
                        """, tooLarge)
                .build();
    }

    private static TypeSpec tooLargeType(ClassName tooLarge) {
        return TypeSpec.classBuilder(tooLarge)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(IOException.class)
                .addJavadoc("Thrown while reading a body that passes the limit.\n")
                .addField(long.class, "limit", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(long.class, "limit")
                        .addStatement("super($S + limit + $S)", "Request body over ", " bytes")
                        .addStatement("this.limit = limit")
                        .build())
                .addMethod(MethodSpec.methodBuilder("limit")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addStatement("return limit")
                        .build())
                .build();
    }

    private static TypeSpec limitedRequestType(ClassName limitedRequest, ClassName limitedStream) {
        return TypeSpec.classBuilder(limitedRequest)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(SERVLET_REQUEST_WRAPPER)
                .addField(long.class, "limit", Modifier.PRIVATE, Modifier.FINAL)
                .addField(SERVLET_INPUT_STREAM, "body", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(SERVLET_REQUEST, "request")
                        .addParameter(long.class, "limit")
                        .addStatement("super(request)")
                        .addStatement("this.limit = limit")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getInputStream")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(SERVLET_INPUT_STREAM)
                        .addException(IOException.class)
                        .beginControlFlow("if (body == null)")
                        .addStatement("body = new $T(super.getInputStream(), limit)", limitedStream)
                        .endControlFlow()
                        .addStatement("return body")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getReader")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(BufferedReader.class)
                        .addException(IOException.class)
                        .addStatement("String encoding = getCharacterEncoding()")
                        .addStatement("$T charset = encoding == null ? $T.UTF_8 : $T.forName(encoding)",
                                Charset.class, StandardCharsets.class, Charset.class)
                        .addStatement("return new $T(new $T(getInputStream(), charset))", BufferedReader.class,
                                InputStreamReader.class)
                        .build())
                .build();
    }

    private static TypeSpec limitedStreamType(ClassName limitedStream, ClassName tooLarge) {
        return TypeSpec.classBuilder(limitedStream)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(SERVLET_INPUT_STREAM)
                .addField(SERVLET_INPUT_STREAM, "body", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "limit", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "count", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(SERVLET_INPUT_STREAM, "body")
                        .addParameter(long.class, "limit")
                        .addStatement("this.body = body")
                        .addStatement("this.limit = limit")
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addException(IOException.class)
                        .addStatement("int next = body.read()")
                        .addStatement("count(next < 0 ? 0 : 1)")
                        .addStatement("return next")
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addParameter(byte[].class, "buffer")
                        .addParameter(int.class, "offset")
                        .addParameter(int.class, "length")
                        .addException(IOException.class)
                        .addStatement("int read = body.read(buffer, offset, length)")
                        .addStatement("count(Math.max(read, 0))")
                        .addStatement("return read")
                        .build())
                .addMethod(MethodSpec.methodBuilder("count")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(int.class, "bytes")
                        .addException(tooLarge)
                        .addStatement("count += bytes")
                        .beginControlFlow("if (count > limit)")
                        .addStatement("throw new $T(limit)", tooLarge)
                        .endControlFlow()
                        .build())
                .addMethod(delegate("isFinished", "return body.isFinished()"))
                .addMethod(delegate("isReady", "return body.isReady()"))
                .addMethod(MethodSpec.methodBuilder("setReadListener")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(READ_LISTENER, "listener")
                        .addStatement("body.setReadListener(listener)")
                        .build())
                .build();
    }

    private static MethodSpec delegate(String name, String statement) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement(statement)
                .build();
    }
}
