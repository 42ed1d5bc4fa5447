package dev.keel.core.openapi;

import dev.keel.core.model.CachePolicy;
import dev.keel.core.model.HttpMethod;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an operation's {@code x-keel-cache}: {@code false}, {@code true}, or a mapping {@code {ttl: 300}} whose ttl is
 * whole seconds or a duration such as {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d} (the forms of
 * {@code x-keel-rate-limit}'s period). A value Keel cannot use is an error at its entry.
 */
final class CacheReader {

    static final String EXTENSION = "x-keel-cache";

    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,8})([smhd]?)");
    private static final long MAX_SECONDS = Duration.ofDays(365).toSeconds();
    private static final String FORMS = "x-keel-cache is false, true or a mapping like {ttl: 300} (seconds) or "
            + "{ttl: 5m}";

    private final ReadContext context;

    CacheReader(ReadContext context) {
        this.context = context;
    }

    /** The operation's policy; empty when it has no {@code x-keel-cache} or the value is wrong (then reported). */
    Optional<CachePolicy> read(io.swagger.v3.oas.models.Operation operation, JsonPointer operationAt, HttpMethod method,
            String description) {
        Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
        if (declared == null) {
            return Optional.empty();
        }
        JsonPointer at = operationAt.child(EXTENSION);
        Optional<CachePolicy> policy = policy(declared, at);
        if (policy.isPresent() && method != HttpMethod.GET) {
            context.problems.warning(at, EXTENSION + " applies to reads; " + description + " is a write, which "
                    + "evicts what the reads cached, so Keel ignores it here");
            return Optional.empty();
        }
        return policy;
    }

    private Optional<CachePolicy> policy(Object declared, JsonPointer at) {
        if (declared instanceof Boolean enabled) {
            return Optional.of(enabled ? CachePolicy.DEFAULT : CachePolicy.DISABLED);
        }
        if (!(declared instanceof Map<?, ?> fields)) {
            context.problems.error(at, FORMS + "; found '" + declared + "'");
            return Optional.empty();
        }
        boolean known = true;
        for (Object field : fields.keySet()) {
            if (!"ttl".equals(String.valueOf(field))) {
                context.problems.error(at.child(String.valueOf(field)), EXTENSION + " takes ttl only; '" + field
                        + "' is not it");
                known = false;
            }
        }
        if (!fields.containsKey("ttl")) {
            if (known) {
                context.problems.error(at, EXTENSION + " needs a ttl, e.g. {ttl: 300} or {ttl: 5m}; write true for "
                        + "the configured default");
            }
            return Optional.empty();
        }
        Optional<Duration> ttl = ttl(fields.get("ttl"), at.child("ttl"));
        return known && ttl.isPresent() ? Optional.of(new CachePolicy(true, ttl)) : Optional.empty();
    }

    private Optional<Duration> ttl(Object value, JsonPointer at) {
        String text = value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof String ? value.toString().trim() : "";
        Matcher duration = DURATION.matcher(text);
        if (duration.matches()) {
            Duration ttl = unit(Long.parseLong(duration.group(1)), duration.group(2));
            if (ttl.toSeconds() <= MAX_SECONDS) {
                return Optional.of(ttl);
            }
        }
        context.problems.error(at, "The ttl of " + EXTENSION + " is whole seconds from 1, or a whole number followed "
                + "by s, m, h or d (at most 365d), e.g. 300 or 5m; '" + value + "' is not");
        return Optional.empty();
    }

    private static Duration unit(long amount, String unit) {
        switch (unit) {
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            case "d":
                return Duration.ofDays(amount);
            default:
                return Duration.ofSeconds(amount);
        }
    }
}
