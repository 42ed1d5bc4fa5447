package dev.keel.core.emit.ratelimit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Base of the emitters of the {@code ratelimit} package: each writes one type per application, named by
 * {@link #simpleName()}, and only for a contract that limits some request, so an application without limits needs
 * no Bucket4j.
 */
abstract class RateLimitTypeEmitter extends JavaEmitter<EmitContext> {

    static final String PROPERTIES = "RateLimitProperties";
    static final String POLICY = "RateLimitPolicy";
    static final String CLIENT_ADDRESSES = "ClientAddresses";
    static final String BUCKET_TABLE = "BucketTable";
    static final String BUCKETS = "RateLimitBuckets";
    static final String METRICS = "RateLimitMetrics";
    static final String CACHED_BODY_REQUEST = "CachedBodyRequest";
    static final String FILTER = "RateLimitFilter";
    static final String CONFIGURATION = "RateLimitConfiguration";
    /** Written by the API emitters into the {@code support} package. */
    static final String PROBLEM_FACTORY = "ProblemFactory";
    static final String BODY_LIMIT_FILTER = "RequestBodyLimitFilter";

    abstract String simpleName();

    abstract TypeSpec.Builder write(ClassName self, EmitContext context);

    @Override
    protected final List<EmitContext> inputs(EmitContext context) {
        return context.api().isRateLimited() ? List.of(context) : List.of();
    }

    @Override
    protected final String packageName(EmitContext input, EmitContext context) {
        return rateLimitPackage(context);
    }

    @Override
    protected final TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return write(rateLimitClass(context, simpleName()), context);
    }

    static String rateLimitPackage(EmitContext context) {
        return context.config().basePackage() + ".ratelimit";
    }

    static ClassName rateLimitClass(EmitContext context, String simpleName) {
        return ClassName.get(rateLimitPackage(context), simpleName);
    }

    static ClassName limit(EmitContext context) {
        return rateLimitClass(context, POLICY).nestedClass("Limit");
    }

    static ClassName key(EmitContext context) {
        return rateLimitClass(context, POLICY).nestedClass("Key");
    }

    static FieldSpec logger(ClassName self) {
        return FieldSpec.builder(RateLimitTypes.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.getLogger($T.class)", RateLimitTypes.LOGGER_FACTORY, self)
                .build();
    }
}
