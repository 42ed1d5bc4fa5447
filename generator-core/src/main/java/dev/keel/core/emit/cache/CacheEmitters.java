package dev.keel.core.emit.cache;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.List;

/**
 * The emitters of the {@code cache} package: Spring's cache abstraction over a two-level cache (Caffeine in each
 * instance, Redis shared by all), which the generated services read through. Written with the data layer only.
 */
public final class CacheEmitters {

    private CacheEmitters() {
    }

    public static List<JavaEmitter<?>> all(Bindings bindings) {
        return List.of(
                new CachePropertiesEmitter(bindings),
                new CacheLinkEmitter(bindings),
                new CacheMetricsEmitter(bindings),
                new TwoLevelCacheEmitter(bindings),
                new KeelCacheManagerEmitter(bindings),
                new ResourceCacheEmitter(bindings),
                new EvictingTransactionManagerEmitter(bindings),
                new CacheAutoConfigurationEmitter(bindings));
    }

    public static List<GeneratedFile> emit(EmitContext context, Bindings bindings) {
        return JavaEmitter.emitAll(all(bindings), context);
    }

    public static String cachePackage(EmitContext context) {
        return context.config().basePackage() + ".cache";
    }

    public static ClassName cacheClass(EmitContext context, String simpleName) {
        return ClassName.get(cachePackage(context), simpleName);
    }

    /** The cache manager the services take their caches from. */
    public static ClassName manager(EmitContext context) {
        return cacheClass(context, CacheTypeEmitter.MANAGER);
    }

    /** The scoped cache of one resource's reads, which a service reads through and evicts on writes. */
    public static ClassName resourceCache(EmitContext context) {
        return cacheClass(context, CacheTypeEmitter.RESOURCE_CACHE);
    }

    /** The auto-configuration to list in the imports file. */
    public static ClassName autoConfiguration(EmitContext context) {
        return cacheClass(context, CacheTypeEmitter.AUTO_CONFIGURATION);
    }
}
