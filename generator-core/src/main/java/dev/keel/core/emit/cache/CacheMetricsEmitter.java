package dev.keel.core.emit.cache;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CacheMetrics}: the caches' counters, registered in Micrometer when the application has a
 * {@code MeterRegistry}. Micrometer is reached by name, as the rate limits do, so the application compiles and starts
 * without it.
 */
final class CacheMetricsEmitter extends CacheTypeEmitter {

    CacheMetricsEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return METRICS;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName meter = self.nestedClass("Meter");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(CacheTypes.SMART_INITIALIZING_SINGLETON)
                .addJavadoc("""
                        The caches' counters, as Micrometer function counters when the application has a
                        {@code MeterRegistry} (Spring Boot Actuator adds one): {@value #HITS} (tags {@code cache},
                        {@code level}: {@code local} or {@code redis}), {@value #MISSES}, {@value #EVICTIONS} (tags
                        {@code cache}, {@code level}) and {@value #REDIS_FAILURES}, counted once a minute while Redis
                        cannot be reached.
                        """)
                .addField(constant("HITS", "keel.cache.hits"))
                .addField(constant("MISSES", "keel.cache.misses"))
                .addField(constant("EVICTIONS", "keel.cache.evictions"))
                .addField(constant("REDIS_FAILURES", "keel.cache.redis.failures"))
                .addField(FieldSpec.builder(String.class, "METER_REGISTRY", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$S", "io.micrometer.core.instrument.MeterRegistry").build())
                .addField(FieldSpec.builder(String.class, "FUNCTION_COUNTER", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$S", "io.micrometer.core.instrument.FunctionCounter").build())
                .addField(logger(self))
                .addField(CacheTypes.BEAN_FACTORY, "beans", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), meter), "meters",
                        Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", CopyOnWriteArrayList.class).build())
                .addField(Object.class, "registry", Modifier.PRIVATE, Modifier.VOLATILE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CacheTypes.BEAN_FACTORY, "beans")
                        .addStatement("this.beans = beans")
                        .build())
                .addMethod(MethodSpec.methodBuilder("counter")
                        .addJavadoc("A new counter {@code name} with {@code tags} (name, value, ...).\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                        .returns(LongAdder.class)
                        .addParameter(String.class, "name")
                        .addParameter(ArrayTypeName.of(String.class), "tags")
                        .varargs()
                        .addStatement("$T meter = new $T(name, tags.clone(), new $T())", meter, meter, LongAdder.class)
                        .addStatement("meters.add(meter)")
                        .beginControlFlow("if (registry != null)")
                        .addStatement("register(registry, meter)")
                        .endControlFlow()
                        .addStatement("return meter.count()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("count")
                        .addJavadoc("The sum of the counters {@code name} whose tags include {@code tags}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addParameter(String.class, "name")
                        .addParameter(ArrayTypeName.of(String.class), "tags")
                        .varargs()
                        .addStatement("return meters.stream().filter(meter -> meter.name().equals(name) && "
                                + "$T.asList(meter.tags()).containsAll($T.asList(tags))).mapToLong(meter -> "
                                + "meter.count().sum()).sum()", java.util.Arrays.class, java.util.Arrays.class)
                        .build())
                .addMethod(bind(self))
                .addMethod(register(meter))
                .addType(TypeSpec.recordBuilder(meter)
                        .addModifiers(Modifier.PRIVATE)
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(String.class, "name")
                                .addParameter(ArrayTypeName.of(String.class), "tags")
                                .addParameter(LongAdder.class, "count")
                                .build())
                        .build());
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value).build();
    }

    private static MethodSpec bind(ClassName self) {
        return MethodSpec.methodBuilder("afterSingletonsInstantiated")
                .addJavadoc("Registers every counter once every bean, the registry too, exists.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                .addStatement("$T loader = $T.class.getClassLoader()", ClassLoader.class, self)
                .beginControlFlow("if (!$T.isPresent(METER_REGISTRY, loader))", CacheTypes.CLASS_UTILS)
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("registry = beans.getBeanProvider($T.forName(METER_REGISTRY, loader)).getIfAvailable()",
                        CacheTypes.CLASS_UTILS)
                .nextControlFlow("catch ($T e)", ClassNotFoundException.class)
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (registry != null)")
                .addStatement("meters.forEach(meter -> register(registry, meter))")
                .endControlFlow()
                .build();
    }

    private static MethodSpec register(ClassName meter) {
        CodeBlock function = CodeBlock.of("($T<$T>) $T::doubleValue", ToDoubleFunction.class, LongAdder.class,
                LongAdder.class);
        return MethodSpec.methodBuilder("register")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Object.class, "registry")
                .addParameter(meter, "meter")
                .beginControlFlow("try")
                .addStatement("$T loader = registry.getClass().getClassLoader()", ClassLoader.class)
                .addStatement("$T<?> counter = $T.forName(FUNCTION_COUNTER, loader)", Class.class,
                        CacheTypes.CLASS_UTILS)
                .addStatement("Object builder = counter.getMethod($S, $T.class, $T.class, $T.class).invoke(null, "
                        + "meter.name(), meter.count(), $L)", "builder", String.class, Object.class,
                        ToDoubleFunction.class, function)
                .addStatement("builder = builder.getClass().getMethod($S, String[].class).invoke(builder, "
                        + "(Object) meter.tags())", "tags")
                .addStatement("builder.getClass().getMethod($S, $T.forName(METER_REGISTRY, loader)).invoke(builder, "
                        + "registry)", "register", CacheTypes.CLASS_UTILS)
                .nextControlFlow("catch ($T | $T e)", ReflectiveOperationException.class, LinkageError.class)
                .addStatement("LOG.warn($S, e.toString())", "Cache counters cannot be registered in Micrometer: {}")
                .endControlFlow()
                .build();
    }
}
