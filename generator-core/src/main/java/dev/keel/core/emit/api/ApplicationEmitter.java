package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.SPRING_APPLICATION;
import static dev.keel.core.emit.api.SpringTypes.SPRING_BOOT_APPLICATION;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.naming.NamingStrategy;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code @SpringBootApplication} class in the base package, named after the contract's title:
 * {@code Projects API} becomes {@code ProjectsApiApplication}. Component scanning from the base package finds
 * the generated code and the user's handler beans in or below it.
 */
final class ApplicationEmitter extends JavaEmitter<EmitContext> {

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return context.config().basePackage();
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName self = ClassName.get(context.config().basePackage(), new NamingStrategy().applicationClassName(context.api().title()));
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(SPRING_BOOT_APPLICATION)
                .addJavadoc("Starts the application generated from $S.\n", context.api().title())
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .addStatement("$T.run($T.class, args)", SPRING_APPLICATION, self)
                        .build());
    }
}
