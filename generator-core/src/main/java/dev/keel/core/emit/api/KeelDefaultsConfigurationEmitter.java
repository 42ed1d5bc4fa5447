package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.CONFIGURATION;
import static dev.keel.core.emit.api.SpringTypes.PROPERTY_SOURCE_ANNOTATION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import javax.lang.model.element.Modifier;

/** Writes {@code KeelDefaultsConfiguration}, which loads Keel's configuration defaults below everything else. */
final class KeelDefaultsConfigurationEmitter extends SupportTypeEmitter {

    /** Where the resources emitter writes the defaults, relative to the class path. */
    static final String DEFAULTS_LOCATION = "classpath:keel/application-defaults.yaml";

    @Override
    String simpleName() {
        return "KeelDefaultsConfiguration";
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build())
                .addAnnotation(AnnotationSpec.builder(PROPERTY_SOURCE_ANNOTATION)
                        .addMember("value", "$S", DEFAULTS_LOCATION)
                        .addMember("factory", "$T.class", context.supportClass(YAML_FACTORY))
                        .build())
                .addJavadoc("""
                        Loads Keel's defaults from {@code $L}. A {@code @PropertySource} has the lowest precedence, so the
                        application's own {@code application.yaml}, profiles, environment variables and command line
                        override every key. Keys Spring Boot reads before the context starts (logging, {@code spring.main})
                        do not take effect from here.
                        """, DEFAULTS_LOCATION);
    }
}
