package dev.keel.core.emit.ratelimit;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/**
 * The emitters of the {@code ratelimit} package. A contract that declares no {@code x-keel-rate-limits} and no
 * {@code x-keel-rate-limit} gets none of these files, so its application needs no Bucket4j.
 */
public final class RateLimitEmitters {

    private RateLimitEmitters() {
    }

    /** The response headers of rate limiting, which a browser may read cross-origin only when they are exposed. */
    public static List<String> responseHeaders() {
        return List.of(RateLimitFilterEmitter.LIMIT_HEADER, RateLimitFilterEmitter.REMAINING_HEADER,
                RateLimitFilterEmitter.RESET_HEADER, RateLimitFilterEmitter.RETRY_AFTER_HEADER);
    }

    /**
     * The generated filter, a bean whose {@code countRefused(request, response)} counts a request Spring Security
     * refused with 401; null when the contract declares no rate limits.
     */
    public static ClassName filterClass(EmitContext context) {
        return context.api().isRateLimited()
                ? RateLimitTypeEmitter.rateLimitClass(context, RateLimitTypeEmitter.FILTER) : null;
    }

    public static List<JavaEmitter<?>> all() {
        return List.of(
                new RateLimitPropertiesEmitter(),
                new RateLimitPolicyEmitter(),
                new ClientAddressesEmitter(),
                new BucketTableEmitter(),
                new RateLimitBucketsEmitter(),
                new RateLimitMetricsEmitter(),
                new CachedBodyRequestEmitter(),
                new RateLimitFilterEmitter(),
                new RateLimitConfigurationEmitter());
    }
}
