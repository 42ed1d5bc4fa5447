package dev.keel.core.model;

import java.util.Optional;

/**
 * The contract's default rate limits, from the root {@code x-keel-rate-limits}: they apply to every operation
 * without an {@code x-keel-rate-limit} of its own.
 *
 * @param anonymous for callers without credentials
 * @param authenticated for signed-in callers
 */
public record RateLimits(Optional<RateLimit> anonymous, Optional<RateLimit> authenticated) {

    /** A contract that declares no default limits. */
    public static final RateLimits NONE = new RateLimits(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return anonymous.isEmpty() && authenticated.isEmpty();
    }
}
