package dev.keel.core.emit.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.keel.core.emit.EmitContext;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PatchRequest<T>}: a PATCH body together with the JSON names it contained, because a record
 * alone cannot tell an absent property (leave the column) from an explicit {@code null} (clear it).
 */
final class PatchRequestEmitter extends SupportTypeEmitter {

    @Override
    String simpleName() {
        return PATCH_REQUEST;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        TypeVariableName body = TypeVariableName.get("T");
        TypeName names = ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(body)
                .addJavadoc("""
                        A PATCH body and the JSON names it contained. A property that is absent stays as it is; one that
                        is present with {@code null} is cleared.

                        @param value the body as a record; absent and {@code null} properties are both {@code null} here
                        @param presentFields the JSON names of the properties the request contained
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(body, "value").build())
                        .addParameter(ParameterSpec.builder(names, "presentFields").build())
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("presentFields = $T.copyOf(presentFields)", Set.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("has")
                        .addJavadoc("Whether the request contained the property {@code jsonName}, {@code null} or not.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(String.class, "jsonName")
                        .addStatement("return presentFields.contains(jsonName)")
                        .build());
    }
}
