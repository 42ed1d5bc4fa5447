package dev.keel.core.emit.cache;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code KeelCacheManager}: Spring's {@code CacheManager} of the two-level caches. The generated services take
 * typed caches (values kept in Redis as JSON); any other cache (e.g. of an {@code @Cacheable} method) keeps
 * {@code Serializable} values.
 */
final class KeelCacheManagerEmitter extends CacheTypeEmitter {

    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    KeelCacheManagerEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return MANAGER;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = cacheClass(context, PROPERTIES);
        ClassName link = cacheClass(context, LINK);
        ClassName metrics = cacheClass(context, METRICS);
        ClassName twoLevel = cacheClass(context, TWO_LEVEL_CACHE);
        TypeName caches = ParameterizedTypeName.get(ClassName.get(ConcurrentMap.class), ClassName.get(String.class),
                CacheTypes.CACHE);
        TypeName writer = ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(Object.class), BYTES);
        TypeName reader = ParameterizedTypeName.get(ClassName.get(Function.class), BYTES, ClassName.get(Object.class));
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(CacheTypes.CACHE_MANAGER)
                .addJavadoc("""
                        The two-level caches ({@link $T}) by name, each kept in Redis for its own time to live, or for
                        {@code keel.cache.ttl}. With {@code keel.cache.enabled=false} every cache is a no-op cache.
                        """, twoLevel)
                .addField(properties, "properties", Modifier.PRIVATE, Modifier.FINAL)
                .addField(link, "link", Modifier.PRIVATE, Modifier.FINAL)
                .addField(metrics, "metrics", Modifier.PRIVATE, Modifier.FINAL)
                .addField(CacheTypes.JSON_MAPPER, "json", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(caches, "caches", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ConcurrentHashMap.class).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(properties, "properties")
                        .addParameter(link, "link")
                        .addParameter(metrics, "metrics")
                        .addStatement("this.properties = properties")
                        .addStatement("this.link = link")
                        .addStatement("this.metrics = metrics")
                        .addComment("The values are the generated records, written and read back field by field: "
                                + "read-only")
                        .addComment("properties must come back too, and dates keep their offset.")
                        .addStatement("this.json = $T.builder().disable($T.USE_ANNOTATIONS)"
                                + ".disable($T.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build()", CacheTypes.JSON_MAPPER,
                                CacheTypes.MAPPER_FEATURE, ClassName.get("tools.jackson.databind.cfg",
                                        "DateTimeFeature"))
                        .addStatement("link.onOutage(this::clearLocally)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("cache")
                        .addJavadoc("""
                                The cache {@code name} of values of {@code type}, kept in Redis for {@code ttl} (null for
                                {@code keel.cache.ttl}); the first call for a name decides its settings.
                                """)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(CacheTypes.CACHE)
                        .addParameter(String.class, "name")
                        .addParameter(ParameterizedTypeName.get(CacheTypes.TYPE_REFERENCE,
                                WildcardTypeName.subtypeOf(Object.class)), "type")
                        .addParameter(Duration.class, "ttl")
                        .addStatement("return caches.computeIfAbsent(name, created -> create(created, ttl, "
                                + "json::writeValueAsBytes, bytes -> json.readValue(bytes, type)))")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getCache")
                        .addJavadoc("A cache of {@code Serializable} values, kept in Redis for {@code keel.cache.ttl}.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(CacheTypes.CACHE)
                        .addParameter(String.class, "name")
                        .addStatement("return caches.computeIfAbsent(name, created -> create(created, null, "
                                + "$T::serialize, $T::deserialize))", self, self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("getCacheNames")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(Collection.class, String.class))
                        .addStatement("return caches.keySet().stream().sorted().toList()")
                        .build())
                .addMethods(internals(self, twoLevel, writer, reader));
    }
    private static java.util.List<MethodSpec> internals(ClassName self, ClassName twoLevel, TypeName writer, TypeName reader) {
        return java.util.List.of(
                MethodSpec.methodBuilder("evictedElsewhere")
                        .addJavadoc("""
                                A pub/sub message {@code cache\\nfield} (an empty field: every entry): an instance
                                evicted it, so this instance's memory drops it.
                                """)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "message")
                        .addStatement("int end = message.indexOf('\\n')")
                        .addStatement("$T cache = end < 0 ? null : caches.get(message.substring(0, end))",
                                CacheTypes.CACHE)
                        .beginControlFlow("if (cache instanceof $T twoLevel)", twoLevel)
                        .addStatement("String field = message.substring(end + 1)")
                        .beginControlFlow("if (field.isEmpty())")
                        .addStatement("twoLevel.clearLocally()")
                        .nextControlFlow("else")
                        .addStatement("twoLevel.evictLocally(field)")
                        .endControlFlow()
                        .endControlFlow()
                        .build(),
                MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(CacheTypes.CACHE)
                        .addParameter(String.class, "name")
                        .addParameter(Duration.class, "ttl")
                        .addParameter(writer, "writer")
                        .addParameter(reader, "reader")
                        .beginControlFlow("if (!properties.enabled())")
                        .addStatement("return new $T(name)", CacheTypes.NO_OP_CACHE)
                        .endControlFlow()
                        .addStatement("return new $T(name, ttl == null ? properties.ttl() : ttl, properties.local(), "
                                + "link, metrics, writer, reader)", twoLevel)
                        .build(),
                MethodSpec.methodBuilder("clearLocally")
                        .addModifiers(Modifier.PRIVATE)
                        .beginControlFlow("for ($T cache : caches.values())", CacheTypes.CACHE)
                        .beginControlFlow("if (cache instanceof $T twoLevel)", twoLevel)
                        .addStatement("twoLevel.clearLocally()")
                        .endControlFlow()
                        .endControlFlow()
                        .build(),
                MethodSpec.methodBuilder("serialize")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(BYTES)
                        .addParameter(Object.class, "value")
                        .beginControlFlow("try")
                        .addStatement("return new $T().serializeToByteArray(value)",
                                ClassName.get("org.springframework.core.serializer", "DefaultSerializer"))
                        .nextControlFlow("catch ($T e)", IOException.class)
                        .addStatement("throw new $T(e)", UncheckedIOException.class)
                        .endControlFlow()
                        .build(),
                MethodSpec.methodBuilder("deserialize")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(Object.class)
                        .addParameter(BYTES, "bytes")
                        .beginControlFlow("try")
                        .addStatement("return new $T($T.class.getClassLoader()).deserializeFromByteArray(bytes)",
                                ClassName.get("org.springframework.core.serializer", "DefaultDeserializer"), self)
                        .nextControlFlow("catch ($T e)", IOException.class)
                        .addStatement("throw new $T(e)", UncheckedIOException.class)
                        .endControlFlow()
                        .build());
    }
}
