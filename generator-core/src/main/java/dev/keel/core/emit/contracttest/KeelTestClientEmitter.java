package dev.keel.core.emit.contracttest;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The interface through which the generated tests reach the running application; the user implements it. */
final class KeelTestClientEmitter extends JavaEmitter<EmitContext> {

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
        return TypeSpec.interfaceBuilder(ContractTestTypes.client(context))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("How the generated contract tests reach the running application. Implement it in the class\n"
                        + "{@code $L} in src/test, in this package, which the generated tests extend: it starts\n"
                        + "the application (e.g. {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}) and signs a\n"
                        + "user in.\n", ContractTestTypes.BASE_CLASS)
                .addMethod(MethodSpec.methodBuilder("baseUrl")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(String.class)
                        .addJavadoc("Scheme, host and port of the running application, e.g. {@code http://localhost:8080};\n"
                                + "the tests add the contract's base path.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("bearerToken")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(String.class)
                        .addParameter(ParameterSpec.builder(String.class, "operationId").build())
                        .addJavadoc("An access token allowed to call {@code operationId}; asked for only for operations the\n"
                                + "contract secures.\n")
                        .build());
    }
}
