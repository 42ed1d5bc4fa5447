package dev.keel.core.emit.cache;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Base of the emitters of the {@code cache} package: each writes one type per application, named by
 * {@link #simpleName()}, and only when the data layer has a resource whose reads it caches.
 */
abstract class CacheTypeEmitter extends JavaEmitter<EmitContext> {

    static final String PROPERTIES = "CacheProperties";
    static final String LINK = "CacheLink";
    static final String METRICS = "CacheMetrics";
    static final String TWO_LEVEL_CACHE = "TwoLevelCache";
    static final String MANAGER = "KeelCacheManager";
    static final String RESOURCE_CACHE = "ResourceCache";
    static final String AUTO_CONFIGURATION = "KeelCacheAutoConfiguration";
    static final String TRANSACTION_MANAGER = "EvictingTransactionManager";

    private final Bindings bindings;

    CacheTypeEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    abstract String simpleName();

    abstract TypeSpec.Builder write(ClassName self, EmitContext context);

    @Override
    protected final List<EmitContext> inputs(EmitContext context) {
        return bindings.resources().isEmpty() ? List.of() : List.of(context);
    }

    @Override
    protected final String packageName(EmitContext input, EmitContext context) {
        return CacheEmitters.cachePackage(context);
    }

    @Override
    protected final TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return write(CacheEmitters.cacheClass(context, simpleName()), context);
    }

    static ClassName cacheClass(EmitContext context, String simpleName) {
        return CacheEmitters.cacheClass(context, simpleName);
    }

    static FieldSpec logger(ClassName self) {
        return FieldSpec.builder(CacheTypes.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.getLogger($T.class)", CacheTypes.LOGGER_FACTORY, self)
                .build();
    }
}
