package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.cache.CacheEmitters;
import dev.keel.core.model.CachePolicy;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The caching part of a service: a read by id or a list page is served through the resource's
 * {@code ResourceCache} (unless its operation says {@code x-keel-cache: false}), the database read moved to a
 * protected {@code ...FromDatabase} method; a write evicts after it.
 */
final class CachedReads {

    static final String FIELD = "cache";
    static final ClassName NO_OP_CACHE = ClassName.get("org.springframework.cache.support", "NoOpCache");
    private static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");

    private CachedReads() {
    }

    static boolean cached(CrudOperation operation) {
        return (operation.kind() == CrudKind.GET || operation.kind() == CrudKind.LIST)
                && operation.operation().cachePolicy().enabled();
    }

    static String databaseMethod(CrudOperation operation) {
        return ServiceEmitter.serviceMethod(operation.kind()) + "FromDatabase";
    }

    /**
     * The public read, with the annotations of {@code read} (its read-only transaction, which the loader joins): the
     * scope, then the cache, which calls {@code loader} on a miss.
     */
    static MethodSpec cachedRead(ResourceCode code, CrudOperation operation, MethodSpec read, MethodSpec loader) {
        String arguments = loader.parameters().stream().map(parameter -> parameter.name())
                .collect(Collectors.joining(", "));
        MethodSpec.Builder method = MethodSpec.methodBuilder(ServiceEmitter.serviceMethod(operation.kind()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Serves {@code $L}, from the cache when it holds the answer for the caller's scope. Not
                        transactional: a hit borrows no database connection, and a miss runs its statements each in its
                        own read, which under READ COMMITTED sees what one read-only transaction would.
                        """, operation.operation().operationId())
                .addParameters(loader.parameters())
                .returns(loader.returnType())
                .addStatement("$T scope = $L", ResourceCode.OWNER, scope(code));
        if (operation.kind() == CrudKind.GET) {
            return method.addStatement("return $L.item(scope, $L, () -> $L($L))", FIELD, arguments,
                    loader.name(), arguments).build();
        }
        return method.addStatement("return $L.page(scope, $T.asList($L), () -> $L($L))", FIELD, Arrays.class,
                arguments, loader.name(), arguments).build();
    }

    /** The database read behind {@link #cachedRead}: the method as it was, protected and without annotations. */
    static MethodSpec databaseRead(MethodSpec read, CrudOperation operation) {
        return MethodSpec.methodBuilder(databaseMethod(operation))
                .addJavadoc("Reads {@code $L} from the database; called on a cache miss.\n",
                        operation.operation().operationId())
                .addModifiers(Modifier.PROTECTED)
                .addParameters(read.parameters())
                .returns(read.returnType())
                .addCode(read.code())
                .build();
    }

    /** The statements after a write: evict what it changed, once its transaction has ended. */
    static CodeBlock evictAfter(ResourceCode code, CrudOperation operation, String key) {
        if (operation.kind() == CrudKind.CREATE) {
            return CodeBlock.of("$L.created();\n", FIELD);
        }
        return CodeBlock.of("$L.written($L, $L);\n", FIELD, scope(code), key);
    }

    private static CodeBlock scope(ResourceCode code) {
        return code.owned() ? CodeBlock.of("owners.visibleOwner()") : CodeBlock.of("$T.empty()", Optional.class);
    }

    /** {@code public static ResourceCache caches(KeelCacheManager caches)}: the resource's caches and their TTLs. */
    static MethodSpec cachesFactory(ResourceCode code, String region) {
        ClassName resourceCache = CacheEmitters.resourceCache(code.context);
        return MethodSpec.methodBuilder("caches")
                .addJavadoc("""
                        The caches of $L reads: items by id in {@code $L}, list pages in {@code $L}, each kept for its
                        operation's {@code x-keel-cache} ttl, else {@code keel.cache.ttl}.
                        """, DataNames.words(code.resource), region, region + ".pages")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(resourceCache)
                .addParameter(CacheEmitters.manager(code.context), "caches")
                .addStatement("return new $T($L, $L, $L)", resourceCache,
                        cache(code, code.operation(CrudKind.GET), region),
                        cache(code, code.operation(CrudKind.LIST), region + ".pages"), code.owned())
                .build();
    }

    private static CodeBlock cache(ResourceCode code, Optional<CrudOperation> read, String name) {
        if (read.isEmpty() || !cached(read.get())) {
            return CodeBlock.of("new $T($S)", NO_OP_CACHE, name);
        }
        TypeName answer = read.get().kind() == CrudKind.GET ? code.resourceClass() : listAnswer(code, read.get());
        TypeSpec type = TypeSpec.anonymousClassBuilder("")
                .superclass(ParameterizedTypeName.get(TYPE_REFERENCE, answer))
                .build();
        CachePolicy policy = read.get().operation().cachePolicy();
        CodeBlock ttl = policy.ttl().map(Duration::toSeconds)
                .map(seconds -> CodeBlock.of("$T.ofSeconds($L)", Duration.class, seconds))
                .orElse(CodeBlock.of("null"));
        return CodeBlock.of("caches.cache($S, $L, $L)", name, type, ttl);
    }

    private static TypeName listAnswer(ResourceCode code, CrudOperation list) {
        MethodSpec.Builder probe = MethodSpec.methodBuilder("probe");
        return ListCode.addTo(probe, code, list).build().returnType();
    }

    static ParameterSpec cacheParameter(ResourceCode code) {
        return ParameterSpec.builder(CacheEmitters.resourceCache(code.context), FIELD).build();
    }
}
