package dev.keel.core.emit.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import javax.lang.model.element.Modifier;

/** Writes {@code OperationNotImplementedException}, thrown by the handlers' default methods and answered 501. */
final class OperationNotImplementedEmitter extends SupportTypeEmitter {

    @Override
    String simpleName() {
        return NOT_IMPLEMENTED;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeException.class)
                .addJavadoc("""
                        Thrown by an operation the application does not implement yet; answered with 501 and a problem
                        naming the operation. Implement the operation's method of its handler interface in a Spring bean.
                        """)
                .addField(FieldSpec.builder(String.class, "operationId", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "operationId")
                        .addParameter(String.class, "method")
                        .addParameter(String.class, "path")
                        .addStatement("super($S + operationId + $S + method + $S + path + $S, null, false, false)",
                                "Operation ", " (", " ", ") is not implemented yet.")
                        .addStatement("this.operationId = operationId")
                        .build())
                .addMethod(MethodSpec.methodBuilder("operationId")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return operationId")
                        .build());
    }
}
