package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.CONFIGURATION;
import static dev.keel.core.emit.api.SpringTypes.FORMATTER_REGISTRY;
import static dev.keel.core.emit.api.SpringTypes.WEB_MVC_CONFIGURER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.EnumSchema;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code WebConfiguration}: query, path, header and cookie values are converted to the generated enums by
 * their wire values ({@code fromValue}), not by Java constant names as Spring would; deepObject query parameters
 * are bound by their generated resolver.
 */
final class WebConfigurationEmitter extends SupportTypeEmitter {

    @Override
    String simpleName() {
        return "WebConfiguration";
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        MethodSpec.Builder addFormatters = MethodSpec.methodBuilder("addFormatters")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(FORMATTER_REGISTRY, "registry");
        context.api().schemas().stream()
                .filter(EnumSchema.class::isInstance)
                .map(schema -> context.schemaClass(schema.name()))
                .forEach(type -> addFormatters.addStatement("registry.addConverter($T.class, $T.class, $T::fromValue)",
                        String.class, type, type));
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(WEB_MVC_CONFIGURER)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build())
                .addJavadoc("""
                        Converts request parameters to the contract's enums by their wire values, so {@code ?status=active}
                        binds and an unknown value is answered with the values allowed.
                        """)
                .addMethod(addFormatters.build());
        if (DeepObjectEmitters.used(context.api())) {
            ClassName resolver = ClassName.get("org.springframework.web.method.support", "HandlerMethodArgumentResolver");
            type.addMethod(MethodSpec.methodBuilder("addArgumentResolvers")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), resolver), "resolvers")
                    .addStatement("resolvers.add(new $T())", context.supportClass(DeepObjectEmitters.RESOLVER))
                    .build());
        }
        return type;
    }
}
