package dev.keel.core.emit.cache;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ResourceCache}: how a generated service reads through its caches and evicts after a write. Keys
 * start with the caller's scope, the owner whose rows the request may see ({@code OwnerResolver.visibleOwner()}),
 * so an answer cached for one scope is never served to another.
 */
final class ResourceCacheEmitter extends CacheTypeEmitter {

    private static final TypeName SCOPE = ParameterizedTypeName.get(Optional.class, UUID.class);

    ResourceCacheEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return RESOURCE_CACHE;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        TypeVariableName t = TypeVariableName.get("T");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The cached reads of one resource: items by id and list pages, each keyed by the caller's scope
                        (the owner whose rows the request sees, or {@code all} for callers who see every row, such as
                        administrators) so that one caller's answer is never served to another. A write evicts, once its
                        transaction has ended, the item in the writer's scope and in {@code all} (every item when the
                        writer sees every row: it cannot know whose scope cached the row) and every list page.
                        """)
                .addField(CacheTypes.CACHE, "items", Modifier.PRIVATE, Modifier.FINAL)
                .addField(CacheTypes.CACHE, "pages", Modifier.PRIVATE, Modifier.FINAL)
                .addField(boolean.class, "owned", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("""
                                @param items the items by id; a no-op cache when reads by id are not cached
                                @param pages the list pages; a no-op cache when lists are not cached
                                @param owned whether rows have an owner, so scopes differ
                                """)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CacheTypes.CACHE, "items")
                        .addParameter(CacheTypes.CACHE, "pages")
                        .addParameter(boolean.class, "owned")
                        .addStatement("this.items = items")
                        .addStatement("this.pages = pages")
                        .addStatement("this.owned = owned")
                        .build())
                .addMethod(MethodSpec.methodBuilder("none")
                        .addJavadoc("Nothing cached: every read goes to the database.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addStatement("return new $T(new $T($S), new $T($S), false)", self, CacheTypes.NO_OP_CACHE,
                                "items", CacheTypes.NO_OP_CACHE, "pages")
                        .build())
                .addMethod(read(t, "item", "id", Object.class, "items", "The item {@code id} as {@code scope} sees it"))
                .addMethod(read(t, "page", "query", ParameterizedTypeName.get(List.class, Object.class), "pages",
                        "The list page of {@code query} (the list's parameters) as {@code scope} sees it"))
                .addMethod(written(self))
                .addMethod(MethodSpec.methodBuilder("created")
                        .addJavadoc("After a create: every list page.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("afterTransaction(pages::clear)")
                        .build())
                .addMethod(afterTransaction(context))
                .addMethod(cached(t))
                .addMethod(MethodSpec.methodBuilder("key")
                        .addJavadoc("{@code scope|part|part}, each part escaped so that no two lists of parts "
                                + "share a key.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(SCOPE, "scope")
                        .addParameter(ParameterizedTypeName.get(List.class, Object.class), "parts")
                        .addStatement("$T key = new $T(scope.map(owner -> $S + owner).orElse($S))",
                                StringBuilder.class, StringBuilder.class, "owner:", "all")
                        .beginControlFlow("for (Object part : parts)")
                        .addStatement("key.append(part == null ? $S : $S + part.toString().replace($S, $S)"
                                + ".replace($S, $S))", "|~", "|=", "\\", "\\\\", "|", "\\|")
                        .endControlFlow()
                        .addStatement("return key.toString()")
                        .build());
    }

    private static MethodSpec read(TypeVariableName t, String name, String what, Object whatType, String cache,
            String javadoc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc + ": cached, else loaded and cached.\n")
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(SCOPE, "scope");
        if (whatType instanceof TypeName type) {
            method.addParameter(type, what).addStatement("return cached($L, key(scope, $L), loader)", cache, what);
        } else {
            method.addParameter((Class<?>) whatType, what)
                    .addStatement("return cached($L, key(scope, $T.of($L)), loader)", cache, List.class, what);
        }
        return method.addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), t), "loader").build();
    }

    private static MethodSpec written(ClassName self) {
        return MethodSpec.methodBuilder("written")
                .addJavadoc("After a replace, patch or delete of {@code id} by a caller of {@code scope}.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(SCOPE, "scope")
                .addParameter(Object.class, "id")
                .addCode("""
                        afterTransaction(() -> {
                            if (owned && scope.isEmpty()) {
                                items.clear();
                            } else {
                                items.evict(key(scope, $T.of(id)));
                                items.evict(key($T.empty(), $T.of(id)));
                            }
                            pages.clear();
                        });
                        """, List.class, Optional.class, List.class)
                .build();
    }

    private static MethodSpec afterTransaction(EmitContext context) {
        return MethodSpec.methodBuilder("afterTransaction")
                .addJavadoc("""
                        Runs {@code eviction} once the write's transaction has ended (evicted earlier, a concurrent
                        read could cache the row as it was before the commit) and, under {@link $T}, has returned its
                        connection to the pool.
                        """, cacheClass(context, TRANSACTION_MANAGER))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Runnable.class, "eviction")
                .addCode("""
                        if (!$T.isSynchronizationActive()) {
                            eviction.run();
                            return;
                        }
                        $T.registerSynchronization(new $T() {
                            @Override
                            public void afterCompletion(int status) {
                                $T.afterRelease(eviction);
                            }
                        });
                        """, CacheTypes.TRANSACTION_SYNCHRONIZATION_MANAGER,
                        CacheTypes.TRANSACTION_SYNCHRONIZATION_MANAGER, CacheTypes.TRANSACTION_SYNCHRONIZATION,
                        cacheClass(context, TRANSACTION_MANAGER))
                .build();
    }

    private static MethodSpec cached(TypeVariableName t) {
        return MethodSpec.methodBuilder("cached")
                .addJavadoc("Reads through {@code cache}; the loader's exceptions (a 404, say) pass unwrapped.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(CacheTypes.CACHE, "cache")
                .addParameter(String.class, "key")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), t), "loader")
                .addStatement("$T found = cache.get(key)", CacheTypes.VALUE_WRAPPER)
                .beginControlFlow("if (found != null)")
                .addStatement("@SuppressWarnings($S) T value = (T) found.get()", "unchecked")
                .addStatement("return value")
                .endControlFlow()
                .addStatement("T value = loader.get()")
                .addStatement("cache.put(key, value)")
                .addStatement("return value")
                .build();
    }
}
