package dev.keel.core.emit.ratelimit;

import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/**
 * The emitters of the {@code ratelimit} package. A contract that declares no {@code x-keel-rate-limits} and no
 * {@code x-keel-rate-limit} gets none of these files, so its application needs no Bucket4j.
 */
public final class RateLimitEmitters {

    private RateLimitEmitters() {
    }

    public static List<JavaEmitter<?>> all() {
        return List.of(
                new RateLimitPropertiesEmitter(),
                new RateLimitPolicyEmitter(),
                new ClientAddressesEmitter(),
                new LocalBucketsEmitter(),
                new RateLimitBucketsEmitter(),
                new RateLimitMetricsEmitter(),
                new CachedBodyRequestEmitter(),
                new RateLimitFilterEmitter(),
                new RateLimitConfigurationEmitter());
    }
}
