package dev.keel.core.emit.contracttest;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.LibraryTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** What every generated negative test does: send one request and check the 400 problem names the field. */
final class ContractRequestsEmitter extends JavaEmitter<EmitContext> {

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return ContractTestTypes.packageName(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return TypeSpec.classBuilder(ContractTestTypes.requests(context))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Sends the generated tests' requests over real HTTP and checks Keel's problem answers.\n")
                .addField(FieldSpec.builder(HttpClient.class, "HTTP", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.newHttpClient()", HttpClient.class).build())
                .addField(FieldSpec.builder(LibraryTypes.JSON_MAPPER, "JSON", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.builder().build()", LibraryTypes.JSON_MAPPER).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(assertRejected(context))
                .addMethod(send());
    }

    private static MethodSpec assertRejected(EmitContext context) {
        ClassName assertions = ContractTestTypes.ASSERTIONS;
        return MethodSpec.methodBuilder("assertRejected")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Sends the request and asserts a 400 {@code application/problem+json} whose {@code details}\n"
                        + "name {@code field}.\n\n@param body JSON, or null for a request without a body\n")
                .addParameter(ContractTestTypes.client(context), "client")
                .addParameter(String.class, "operationId")
                .addParameter(boolean.class, "authenticated")
                .addParameter(String.class, "method")
                .addParameter(String.class, "pathAndQuery")
                .addParameter(String.class, "body")
                .addParameter(String.class, "field")
                .addStatement("$T.Builder request = $T.newBuilder($T.create(client.baseUrl() + pathAndQuery))$>\n"
                        + ".method(method, body == null ? $T.BodyPublishers.noBody() : $T.BodyPublishers.ofString(body))$<",
                        HttpRequest.class, HttpRequest.class, URI.class, HttpRequest.class, HttpRequest.class)
                .beginControlFlow("if (body != null)")
                .addStatement("request.header($S, $S)", "Content-Type", "application/json")
                .endControlFlow()
                .beginControlFlow("if (authenticated)")
                .addStatement("request.header($S, $S + client.bearerToken(operationId))", "Authorization", "Bearer ")
                .endControlFlow()
                .addStatement("$T<$T> response = send(request.build())", HttpResponse.class, String.class)
                .addStatement("String answer = method + $S + pathAndQuery + (body == null ? $S : $S + body) + $S\n"
                        + "        + response.statusCode() + $S + response.body()", " ", "", " ", " answered ", " ")
                .addStatement("$T.assertEquals(400, response.statusCode(), answer)", assertions)
                .addStatement("$T.assertTrue(response.headers().firstValue($S).orElse($S).startsWith($S), answer)",
                        assertions, "Content-Type", "", "application/problem+json")
                .addStatement("$T<String> fields = new $T<>()", List.class, ArrayList.class)
                .beginControlFlow("for ($T detail : JSON.readTree(response.body()).path($S))", LibraryTypes.JSON_NODE,
                        "details")
                .addStatement("fields.add(detail.path($S).asString())", "field")
                .endControlFlow()
                .addStatement("$T.assertTrue(fields.contains(field), () -> $S + field + $S + answer)", assertions,
                        "the problem names no field '", "': ")
                .build();
    }

    private static MethodSpec send() {
        return MethodSpec.methodBuilder("send")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(HttpResponse.class, String.class))
                .addParameter(HttpRequest.class, "request")
                .beginControlFlow("try")
                .addStatement("return HTTP.send(request, $T.BodyHandlers.ofString())", HttpResponse.class)
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("throw new $T(e)", UncheckedIOException.class)
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("Thread.currentThread().interrupt()")
                .addStatement("throw new $T(e)", IllegalStateException.class)
                .endControlFlow()
                .build();
    }
}
