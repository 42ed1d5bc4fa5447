package dev.keel.core.model;

import java.time.Duration;
import java.util.Optional;

/**
 * An operation's {@code x-keel-cache}: {@code false} turns caching off for it, a mapping {@code {ttl: 300}} (seconds,
 * or a duration such as {@code 5m}) keeps its answers that long instead of the configured default.
 *
 * @param enabled whether the operation's answers are cached
 * @param ttl how long a cached answer lives; empty for the configured {@code keel.cache.ttl}
 */
public record CachePolicy(boolean enabled, Optional<Duration> ttl) {

    public static final CachePolicy DEFAULT = new CachePolicy(true, Optional.empty());
    public static final CachePolicy DISABLED = new CachePolicy(false, Optional.empty());
}
