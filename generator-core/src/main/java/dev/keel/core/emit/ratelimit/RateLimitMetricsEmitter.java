package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.BEAN_FACTORY;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.CLASS_UTILS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RateLimitMetrics}: a Micrometer counter of rejected requests per operation when the application has
 * a {@code MeterRegistry}. Micrometer is reached by name, because a generated application without Actuator has no
 * Micrometer core to compile against.
 */
final class RateLimitMetricsEmitter extends RateLimitTypeEmitter {

    static final String REJECTIONS = "keel.ratelimit.rejections";
    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    static final String COUNTER = "io.micrometer.core.instrument.Counter";

    @Override
    String simpleName() {
        return METRICS;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName meters = self.nestedClass("Meters");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Counts rejected requests in Micrometer's {@code $L}, tagged with the {@code operation}, when the
                        application has a {@code MeterRegistry} (Spring Boot Actuator adds one). Micrometer is reached
                        by name, so the application compiles and starts without it.
                        """, REJECTIONS)
                .addField(FieldSpec.builder(String.class, "REJECTIONS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", REJECTIONS)
                        .build())
                .addField(FieldSpec.builder(String.class, "METER_REGISTRY", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$S", METER_REGISTRY)
                        .build())
                .addField(FieldSpec.builder(String.class, "COUNTER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", COUNTER)
                        .build())
                .addField(logger(self))
                .addField(BEAN_FACTORY, "beans", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(Map.class, String.class, Object.class), "counters",
                                Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ConcurrentHashMap.class)
                        .build())
                .addField(meters, "meters", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(boolean.class, "looked", Modifier.PRIVATE, Modifier.VOLATILE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(BEAN_FACTORY, "beans")
                        .addStatement("this.beans = beans")
                        .build())
                .addMethod(rejected(meters))
                .addMethod(MethodSpec.methodBuilder("meters")
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Looked up at the first rejection, once every bean exists; a race looks twice.\n")
                        .returns(meters)
                        .beginControlFlow("if (!looked)")
                        .addStatement("meters = find()")
                        .addStatement("looked = true")
                        .endControlFlow()
                        .addStatement("return meters")
                        .build())
                .addMethod(find(meters))
                .addType(TypeSpec.recordBuilder(meters)
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("The registry, its {@code counter(String, String...)} and {@code Counter.increment()}.\n")
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(Object.class, "registry")
                                .addParameter(Method.class, "counter")
                                .addParameter(Method.class, "increment")
                                .build())
                        .build());
    }

    private static MethodSpec rejected(ClassName meters) {
        return MethodSpec.methodBuilder("rejected")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Counts one rejected request of {@code operation}.\n")
                .addParameter(String.class, "operation")
                .addStatement("$T found = meters()", meters)
                .beginControlFlow("if (found == null)")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("Object counter = counters.get(operation)")
                .beginControlFlow("if (counter == null)")
                .addStatement("counter = found.counter().invoke(found.registry(), REJECTIONS, new String[] {$S, "
                        + "operation})", "operation")
                .addStatement("counters.put(operation, counter)")
                .endControlFlow()
                .addStatement("found.increment().invoke(counter)")
                .nextControlFlow("catch ($T e)", ReflectiveOperationException.class)
                .addStatement("LOG.warn($S, e.toString())", "Rate limit rejections cannot be counted in Micrometer: {}")
                .endControlFlow()
                .build();
    }

    private static MethodSpec find(ClassName meters) {
        return MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PRIVATE)
                .returns(meters)
                .addStatement("$T loader = $T.class.getClassLoader()", ClassLoader.class, meters.enclosingClassName())
                .beginControlFlow("if (!$T.isPresent(METER_REGISTRY, loader))", CLASS_UTILS)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("Class<?> registryType = $T.forName(METER_REGISTRY, loader)", CLASS_UTILS)
                .addStatement("Object registry = beans.getBeanProvider(registryType).getIfAvailable()")
                .beginControlFlow("if (registry == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("return new $T(registry, registryType.getMethod($S, String.class, String[].class), "
                        + "$T.forName(COUNTER, loader).getMethod($S))", meters, "counter", CLASS_UTILS, "increment")
                .nextControlFlow("catch ($T | $T e)", ClassNotFoundException.class, NoSuchMethodException.class)
                .addStatement("LOG.warn($S, e.toString())", "Rate limit rejections cannot be counted in Micrometer: {}")
                .addStatement("return null")
                .endControlFlow()
                .build();
    }
}
