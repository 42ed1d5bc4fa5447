package dev.keel.core.emit.cache;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TwoLevelCache}: one Spring {@code Cache} over a bounded Caffeine cache in this instance (first level)
 * and a hash in Redis shared by every instance (second level). Both levels step aside while Redis cannot be reached.
 */
final class TwoLevelCacheEmitter extends CacheTypeEmitter {

    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    TwoLevelCacheEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return TWO_LEVEL_CACHE;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = cacheClass(context, PROPERTIES);
        ClassName link = cacheClass(context, LINK);
        TypeName local = ParameterizedTypeName.get(CacheTypes.CAFFEINE_CACHE, ClassName.get(String.class),
                ClassName.get(Object.class));
        TypeName writer = ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(Object.class), BYTES);
        TypeName reader = ParameterizedTypeName.get(ClassName.get(Function.class), BYTES, ClassName.get(Object.class));
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(CacheTypes.ABSTRACT_VALUE_ADAPTING_CACHE)
                .addJavadoc("""
                        A cache in two levels: Caffeine in this instance's memory, bounded by entries and time, in front
                        of one hash in Redis that every instance shares. A read looks in memory, then in Redis; an
                        eviction removes the entry from both and, through Redis pub/sub, from every other instance's
                        memory. While Redis cannot be reached neither level is read or written, so every read goes to
                        the database and no instance serves an entry another instance's write could not evict.
                        """)
                .addField(logger(self))
                .addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
                .addField(Duration.class, "ttl", Modifier.PRIVATE, Modifier.FINAL)
                .addField(local, "local", Modifier.PRIVATE, Modifier.FINAL)
                .addField(link, "link", Modifier.PRIVATE, Modifier.FINAL)
                .addField(writer, "writer", Modifier.PRIVATE, Modifier.FINAL)
                .addField(reader, "reader", Modifier.PRIVATE, Modifier.FINAL);
        for (String counter : new String[] {"localHits", "redisHits", "misses", "localEvictions", "redisEvictions"}) {
            type.addField(LongAdder.class, counter, Modifier.PRIVATE, Modifier.FINAL);
        }
        ClassName metrics = cacheClass(context, METRICS);
        return type.addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("""
                                @param ttl how long Redis keeps the entries; memory keeps them no longer, and at most
                                    {@code keel.cache.local.ttl}
                                @param writer turns a value into the bytes Redis keeps
                                @param reader turns them back
                                """)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "name")
                        .addParameter(Duration.class, "ttl")
                        .addParameter(properties.nestedClass("Local"), "settings")
                        .addParameter(link, "link")
                        .addParameter(metrics, "metrics")
                        .addParameter(writer, "writer")
                        .addParameter(reader, "reader")
                        .addStatement("super(false)")
                        .addStatement("this.name = name")
                        .addStatement("this.ttl = ttl")
                        .addStatement("this.link = link")
                        .addStatement("this.writer = writer")
                        .addStatement("this.reader = reader")
                        .addStatement("$T kept = ttl.compareTo(settings.ttl()) < 0 ? ttl : settings.ttl()",
                                Duration.class)
                        .addStatement("this.local = settings.enabled() ? $T.newBuilder().maximumSize("
                                + "settings.maxEntries()).expireAfterWrite(kept).build() : null", CacheTypes.CAFFEINE)
                        .addStatement("this.localHits = metrics.counter($T.HITS, $S, name, $S, $S)", metrics, "cache",
                                "level", "local")
                        .addStatement("this.redisHits = metrics.counter($T.HITS, $S, name, $S, $S)", metrics, "cache",
                                "level", "redis")
                        .addStatement("this.misses = metrics.counter($T.MISSES, $S, name)", metrics, "cache")
                        .addStatement("this.localEvictions = metrics.counter($T.EVICTIONS, $S, name, $S, $S)", metrics,
                                "cache", "level", "local")
                        .addStatement("this.redisEvictions = metrics.counter($T.EVICTIONS, $S, name, $S, $S)", metrics,
                                "cache", "level", "redis")
                        .build())
                .addMethod(accessor("getName", String.class, "name"))
                .addMethod(accessor("getNativeCache", Object.class, "this"))
                .addMethod(lookup())
                .addMethod(decode())
                .addMethod(get())
                .addMethod(put())
                .addMethods(evictions());
    }

    private static MethodSpec lookup() {
        return MethodSpec.methodBuilder("lookup")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addParameter(Object.class, "key")
                .beginControlFlow("if (!link.available())")
                .addStatement("misses.increment()")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("String field = key.toString()")
                .addStatement("Object value = local == null ? null : local.getIfPresent(field)")
                .beginControlFlow("if (value != null)")
                .addStatement("localHits.increment()")
                .addStatement("return value")
                .endControlFlow()
                .addStatement("byte[] stored = link.read(name, field)")
                .addStatement("value = stored == null ? null : decode(stored)")
                .beginControlFlow("if (value == null)")
                .addStatement("misses.increment()")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("redisHits.increment()")
                .addStatement("keepLocally(field, value)")
                .addStatement("return value")
                .build();
    }

    private static MethodSpec get() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("get")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(Object.class, "key")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Callable.class), t), "valueLoader")
                .addStatement("$T found = get(key)", CacheTypes.VALUE_WRAPPER)
                .beginControlFlow("if (found != null)")
                .addStatement("@SuppressWarnings($S) T value = (T) found.get()", "unchecked")
                .addStatement("return value")
                .endControlFlow()
                .addStatement("T value")
                .beginControlFlow("try")
                .addStatement("value = valueLoader.call()")
                .nextControlFlow("catch ($T e)", Exception.class)
                .addStatement("throw new ValueRetrievalException(key, valueLoader, e)")
                .endControlFlow()
                .addStatement("put(key, value)")
                .addStatement("return value")
                .build();
    }

    private static MethodSpec put() {
        return MethodSpec.methodBuilder("put")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Object.class, "key")
                .addParameter(Object.class, "value")
                .beginControlFlow("if (value == null || !link.available())")
                .addStatement("return")
                .endControlFlow()
                .addStatement("byte[] bytes")
                .beginControlFlow("try")
                .addStatement("bytes = writer.apply(value)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("LOG.debug($S, name, e.toString())", "A value of cache {} is not cached: {}")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (link.write(name, key.toString(), bytes, ttl))")
                .addStatement("keepLocally(key.toString(), value)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec decode() {
        return MethodSpec.methodBuilder("decode")
                .addJavadoc("A value Redis kept in an older shape is a miss: it is read again and replaced.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(Object.class)
                .addParameter(BYTES, "stored")
                .beginControlFlow("try")
                .addStatement("return reader.apply(stored)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("LOG.debug($S, name, e.toString())", "An entry of cache {} cannot be read: {}")
                .addStatement("return null")
                .endControlFlow()
                .build();
    }
    private static java.util.List<MethodSpec> evictions() {
        return java.util.List.of(
                MethodSpec.methodBuilder("evict")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Object.class, "key")
                        .addStatement("evictLocally(key.toString())")
                        .addStatement("redisEvictions.increment()")
                        .addStatement("link.evict(name, key.toString())")
                        .build(),
                MethodSpec.methodBuilder("clear")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("clearLocally()")
                        .addStatement("redisEvictions.increment()")
                        .addStatement("link.clear(name)")
                        .build(),
                MethodSpec.methodBuilder("evictLocally")
                        .addJavadoc("Drops an entry from this instance's memory only: another instance evicted it.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "field")
                        .beginControlFlow("if (local != null && local.asMap().remove(field) != null)")
                        .addStatement("localEvictions.increment()")
                        .endControlFlow()
                        .build(),
                MethodSpec.methodBuilder("clearLocally")
                        .addJavadoc("Empties this instance's memory only.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .beginControlFlow("if (local != null)")
                        .addStatement("localEvictions.add(local.estimatedSize())")
                        .addStatement("local.invalidateAll()")
                        .endControlFlow()
                        .build(),
                MethodSpec.methodBuilder("keepLocally")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "field")
                        .addParameter(Object.class, "value")
                        .beginControlFlow("if (local != null && link.available())")
                        .addStatement("local.put(field, value)")
                        .endControlFlow()
                        .build());
    }
    private static MethodSpec accessor(String name, Class<?> type, String value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }
}
