package dev.keel.core.emit.ops;

import static dev.keel.core.emit.ops.OpsTypes.CONFIGURABLE_ENVIRONMENT;
import static dev.keel.core.emit.ops.OpsTypes.ENVIRONMENT_POST_PROCESSOR;
import static dev.keel.core.emit.ops.OpsTypes.MAP_PROPERTY_SOURCE;
import static dev.keel.core.emit.ops.OpsTypes.SPRING_APPLICATION;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code <basePackage>.ops.KeelLoggingDefaults}: Spring Boot's structured JSON console logs (ECS) by default. Logging
 * starts before {@code application-defaults.yaml} is loaded, so the default comes from an environment post-processor,
 * registered in {@code META-INF/spring.factories}, as the lowest-precedence property source.
 */
final class LoggingDefaultsEmitter extends JavaEmitter<EmitContext> {

    static final String FACTORIES_FILE = "resources/META-INF/spring.factories";
    static final String FORMAT_PROPERTY = "logging.structured.format.console";
    static final String DEFAULT_FORMAT = "ecs";

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return OpsNames.opsPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return TypeSpec.classBuilder(OpsNames.opsClass(context, OpsNames.LOGGING_DEFAULTS))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(ENVIRONMENT_POST_PROCESSOR)
                .addJavadoc("""
                        Console logs as one JSON object per line (Elastic Common Schema), with the request id of the
                        MDC in each. The lowest-precedence default: set {@code $L} to {@code logstash} or
                        {@code gelf} to change the format, or to an empty value for Spring Boot's plain text lines.
                        """, FORMAT_PROPERTY)
                .addField(FieldSpec.builder(String.class, "FORMAT_PROPERTY", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL).initializer("$S", FORMAT_PROPERTY).build())
                .addMethod(MethodSpec.methodBuilder("postProcessEnvironment")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CONFIGURABLE_ENVIRONMENT, "environment")
                        .addParameter(SPRING_APPLICATION, "application")
                        .addStatement("environment.getPropertySources()"
                                + ".addLast(new $T($S, $T.of(FORMAT_PROPERTY, $S)))",
                                MAP_PROPERTY_SOURCE, "keelLoggingDefaults", Map.class, DEFAULT_FORMAT)
                        .build());
    }

    static GeneratedFile factories(EmitContext context) {
        return GeneratedFile.text(FACTORIES_FILE, ENVIRONMENT_POST_PROCESSOR.canonicalName() + "=\\\n"
                + OpsNames.opsClass(context, OpsNames.LOGGING_DEFAULTS).canonicalName() + "\n");
    }
}
