package dev.keel.core.openapi;

import dev.keel.core.model.RateLimit;
import dev.keel.core.model.RateLimits;
import dev.keel.core.model.RequestBody;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the root {@code x-keel-rate-limits} (the defaults for {@code anonymous} and {@code authenticated} callers)
 * and an operation's {@code x-keel-rate-limit}. Each is a mapping {@code {capacity, period, key}}, e.g.
 * {@code {capacity: 5, period: 1m, key: ip+body.email}}; a value Keel cannot use is an error at its entry.
 */
final class RateLimitReader {

    static final String OPERATION_LIMIT = "x-keel-rate-limit";
    static final String DEFAULT_LIMITS = "x-keel-rate-limits";
    static final String ANONYMOUS = "anonymous";
    static final String AUTHENTICATED = "authenticated";

    private static final List<String> FIELDS = List.of("capacity", "period", "key");
    private static final Pattern PERIOD = Pattern.compile("([1-9][0-9]{0,8})([smhd])");
    private static final Pattern BODY_FIELD_KEY = Pattern.compile("(?i:ip\\+body)\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final String KEY_FORMS = "ip, user or ip+body.<field>, e.g. ip+body.email";

    private final ReadContext context;

    RateLimitReader(ReadContext context) {
        this.context = context;
    }

    /** The root defaults; none when the contract declares no {@code x-keel-rate-limits}. */
    RateLimits defaults() {
        Object declared = context.api.getExtensions() == null ? null : context.api.getExtensions().get(DEFAULT_LIMITS);
        JsonPointer at = JsonPointer.of(DEFAULT_LIMITS);
        if (declared == null) {
            return RateLimits.NONE;
        }
        if (!(declared instanceof Map<?, ?> entries)) {
            context.problems.error(at, DEFAULT_LIMITS + " takes the entries " + ANONYMOUS + " and " + AUTHENTICATED
                    + ", each a mapping like {capacity: 100, period: 15m, key: ip}");
            return RateLimits.NONE;
        }
        entries.keySet().stream().map(String::valueOf)
                .filter(name -> !name.equals(ANONYMOUS) && !name.equals(AUTHENTICATED))
                .forEach(name -> context.problems.error(at.child(name), DEFAULT_LIMITS + " has the entries "
                        + ANONYMOUS + " and " + AUTHENTICATED + "; '" + name + "' is not one of them"));
        Optional<RateLimit> anonymous = Optional.ofNullable(entries.get(ANONYMOUS))
                .flatMap(value -> limit(value, at.child(ANONYMOUS), DEFAULT_LIMITS + "." + ANONYMOUS, RateLimit.Key.IP));
        Optional<RateLimit> authenticated = Optional.ofNullable(entries.get(AUTHENTICATED)).flatMap(value ->
                limit(value, at.child(AUTHENTICATED), DEFAULT_LIMITS + "." + AUTHENTICATED, RateLimit.Key.USER));
        anonymous.filter(limit -> limit.key().by() != RateLimit.By.IP).ifPresent(limit -> context.problems.error(
                at.child(ANONYMOUS, "key"), "Anonymous callers are counted per IP: the key of " + DEFAULT_LIMITS
                        + "." + ANONYMOUS + " is ip, not " + limit.key().text()));
        authenticated.filter(limit -> limit.key().by() == RateLimit.By.IP_AND_BODY_FIELD).ifPresent(limit ->
                context.problems.error(at.child(AUTHENTICATED, "key"), "A default applies to operations without a "
                        + "request body too: the key of " + DEFAULT_LIMITS + "." + AUTHENTICATED + " is user or ip, not "
                        + limit.key().text()));
        if (authenticated.isPresent() && !declaresSecurity()) {
            context.problems.warning(at.child(AUTHENTICATED), DEFAULT_LIMITS + "." + AUTHENTICATED + " applies to "
                    + "signed-in callers, but the contract declares no security: every caller counts as anonymous");
        }
        return new RateLimits(anonymous, authenticated);
    }

    private boolean declaresSecurity() {
        boolean schemes = context.api.getComponents() != null && context.api.getComponents().getSecuritySchemes() != null
                && !context.api.getComponents().getSecuritySchemes().isEmpty();
        return schemes || context.api.getSecurity() != null && !context.api.getSecurity().isEmpty();
    }

    /**
     * The operation's own limit; {@code description} names it in messages, e.g. {@code POST /auth/login}. A key
     * that reads a body field needs the operation to take a JSON body.
     */
    Optional<RateLimit> read(io.swagger.v3.oas.models.Operation operation, JsonPointer at,
            Optional<RequestBody> body, String description) {
        Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(OPERATION_LIMIT);
        if (declared == null) {
            return Optional.empty();
        }
        Optional<RateLimit> limit = limit(declared, at.child(OPERATION_LIMIT), OPERATION_LIMIT, RateLimit.Key.USER);
        limit.filter(read -> read.key().by() == RateLimit.By.IP_AND_BODY_FIELD)
                .filter(read -> body.isEmpty() || !isJson(body.get().contentType()))
                .ifPresent(read -> context.problems.error(at.child(OPERATION_LIMIT, "key"), OPERATION_LIMIT
                        + " counts per " + read.key().text() + ", but " + description + " takes no JSON request body "
                        + "to read '" + read.key().bodyField() + "' from"));
        return limit;
    }

    private Optional<RateLimit> limit(Object declared, JsonPointer at, String name, RateLimit.Key defaultKey) {
        if (!(declared instanceof Map<?, ?> fields)) {
            context.problems.error(at, name + " is a mapping like {capacity: 5, period: 1m, key: ip}; found '"
                    + declared + "'");
            return Optional.empty();
        }
        fields.keySet().stream().map(String::valueOf).filter(field -> !FIELDS.contains(field))
                .forEach(field -> context.problems.error(at.child(field), name + " takes capacity, period and key; '"
                        + field + "' is not one of them"));
        Optional<Long> capacity = capacity(fields.get("capacity"), at, name);
        Optional<Duration> period = period(fields.get("period"), at, name);
        Optional<RateLimit.Key> key = fields.containsKey("key") ? key(fields.get("key"), at.child("key"), name)
                : Optional.of(defaultKey);
        if (capacity.isEmpty() || period.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(capacity.get(), period.get(), key.get()));
    }

    private Optional<Long> capacity(Object value, JsonPointer at, String name) {
        if (value == null) {
            context.problems.error(fieldOrEntry(at, "capacity", value), name + " needs a capacity: how many requests "
                    + "a caller may make per period");
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            BigInteger number = new BigInteger(value.toString());
            if (number.signum() > 0 && number.bitLength() < Long.SIZE) {
                return Optional.of(number.longValue());
            }
        }
        context.problems.error(at.child("capacity"), "The capacity of " + name + " is a whole number of requests, at "
                + "least 1; '" + value + "' is not");
        return Optional.empty();
    }

    private Optional<Duration> period(Object value, JsonPointer at, String name) {
        Matcher period = PERIOD.matcher(value instanceof String text ? text.trim() : "");
        if (period.matches()) {
            long amount = Long.parseLong(period.group(1));
            switch (period.group(2)) {
                case "s":
                    return Optional.of(Duration.ofSeconds(amount));
                case "m":
                    return Optional.of(Duration.ofMinutes(amount));
                case "h":
                    return Optional.of(Duration.ofHours(amount));
                default:
                    return Optional.of(Duration.ofDays(amount));
            }
        }
        String found = value == null ? "it has none" : "'" + value + "' is not one";
        context.problems.error(fieldOrEntry(at, "period", value), "The period of " + name + " is a whole number "
                + "followed by s, m, h or d, e.g. 30s, 15m, 1h; " + found);
        return Optional.empty();
    }

    private Optional<RateLimit.Key> key(Object value, JsonPointer at, String name) {
        String text = value instanceof String declared ? declared.trim().toLowerCase(Locale.ROOT) : "";
        if (text.equals("ip")) {
            return Optional.of(RateLimit.Key.IP);
        }
        if (text.equals("user")) {
            return Optional.of(RateLimit.Key.USER);
        }
        Matcher bodyField = BODY_FIELD_KEY.matcher(value instanceof String declared ? declared.trim() : "");
        if (bodyField.matches()) {
            return Optional.of(RateLimit.Key.ipAndBodyField(bodyField.group(1)));
        }
        context.problems.error(at, "The key of " + name + " is " + KEY_FORMS + "; '" + value + "' is not one");
        return Optional.empty();
    }

    /** A missing field is reported at the mapping, a wrong one at the field. */
    private static JsonPointer fieldOrEntry(JsonPointer at, String field, Object value) {
        return value == null ? at : at.child(field);
    }

    private static boolean isJson(String mediaType) {
        String lower = mediaType.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/json") || lower.contains("+json");
    }
}
