package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.READ_LISTENER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SERVLET_INPUT_STREAM;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SERVLET_REQUEST;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SERVLET_REQUEST_WRAPPER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CachedBodyRequest}: a request whose body the rate limit filter read ahead to find its key, handed
 * on so that the controller reads the same bytes.
 */
final class CachedBodyRequestEmitter extends RateLimitTypeEmitter {

    @Override
    String simpleName() {
        return CACHED_BODY_REQUEST;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName stream = self.nestedClass("CachedInputStream");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(SERVLET_REQUEST_WRAPPER)
                .addJavadoc("""
                        A request whose body was read ahead, so that the controller reads the same bytes again. The body
                        is read through the request it wraps: the request body limit still applies, and a body over it
                        fails here as it would in the controller.
                        """)
                .addField(byte[].class, "body", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(SERVLET_REQUEST, "request")
                        .addException(IOException.class)
                        .addStatement("super(request)")
                        .addStatement("this.body = request.getInputStream().readAllBytes()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("body")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(byte[].class)
                        .addStatement("return body.clone()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getInputStream")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(SERVLET_INPUT_STREAM)
                        .addStatement("return new $T(body)", stream)
                        .build())
                .addMethod(MethodSpec.methodBuilder("getReader")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(BufferedReader.class)
                        .addStatement("String encoding = getCharacterEncoding()")
                        .addStatement("$T charset = encoding == null ? $T.UTF_8 : $T.forName(encoding)",
                                Charset.class, StandardCharsets.class, Charset.class)
                        .addStatement("return new $T(new $T(new $T(body), charset))", BufferedReader.class,
                                InputStreamReader.class, ByteArrayInputStream.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("getContentLength")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return body.length")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getContentLengthLong")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addStatement("return body.length")
                        .build())
                .addType(streamType(stream));
    }

    private static TypeSpec streamType(ClassName stream) {
        return TypeSpec.classBuilder(stream)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(SERVLET_INPUT_STREAM)
                .addField(ByteArrayInputStream.class, "bytes", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(byte[].class, "body")
                        .addStatement("this.bytes = new $T(body)", ByteArrayInputStream.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return bytes.read()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addParameter(byte[].class, "buffer")
                        .addParameter(int.class, "offset")
                        .addParameter(int.class, "length")
                        .addStatement("return bytes.read(buffer, offset, length)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("isFinished")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addStatement("return bytes.available() == 0")
                        .build())
                .addMethod(MethodSpec.methodBuilder("isReady")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addStatement("return true")
                        .build())
                .addMethod(MethodSpec.methodBuilder("setReadListener")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Every byte is at hand: the listener hears at once that all was read.\n")
                        .addParameter(READ_LISTENER, "listener")
                        .beginControlFlow("try")
                        .addStatement("listener.onDataAvailable()")
                        .addStatement("listener.onAllDataRead()")
                        .nextControlFlow("catch ($T e)", IOException.class)
                        .addStatement("listener.onError(e)")
                        .endControlFlow()
                        .build())
                .build();
    }
}
