package dev.keel.core.openapi;

import dev.keel.core.model.Constraints;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the validation keywords of one schema into {@link Constraints}: lengths, pattern, bounds (3.0's
 * boolean and 3.1's numeric {@code exclusiveMinimum}/{@code exclusiveMaximum}), item counts, {@code format:
 * email}, {@code multipleOf}, and the user's messages from {@code x-keel-messages}.
 */
final class ConstraintReader {

    static final String MESSAGES = "x-keel-messages";
    static final Set<String> MESSAGE_KEYS = Set.of(
            "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "format", "required",
            "enum", "multipleOf");

    private final SpecProblems problems;

    ConstraintReader(SpecProblems problems) {
        this.problems = problems;
    }

    Constraints read(Schema<?> schema, JsonPointer at) {
        if (schema == null) {
            return Constraints.NONE;
        }
        Bound lower = bound(schema.getMinimum(), schema.getExclusiveMinimum(), schema.getExclusiveMinimumValue(),
                true);
        Bound upper = bound(schema.getMaximum(), schema.getExclusiveMaximum(), schema.getExclusiveMaximumValue(),
                false);
        Map<String, String> messages = messages(schema, at);
        Optional<String> pattern = Optional.ofNullable(schema.getPattern());
        Object constant = schema.getConst();
        if (constant instanceof String text && pattern.isEmpty()) {
            // const: the one value allowed, as a whole-value pattern that quotes every character.
            pattern = Optional.of("^" + Pattern.quote(text) + "$");
            messages.putIfAbsent("pattern", "must be '" + text + "'");
        } else if (constant instanceof Number number && lower.value().isEmpty() && upper.value().isEmpty()) {
            BigDecimal value = new BigDecimal(number.toString());
            lower = new Bound(Optional.of(value), false);
            upper = new Bound(Optional.of(value), false);
        }
        Optional<BigDecimal> multipleOf = Optional.ofNullable(schema.getMultipleOf());
        if (multipleOf.isPresent() && multipleOf.get().signum() <= 0) {
            problems.error(at.child("multipleOf"), "multipleOf must be greater than 0; found "
                    + multipleOf.get().toPlainString());
            multipleOf = Optional.empty();
        }
        return new Constraints(
                Optional.ofNullable(schema.getMinLength()),
                Optional.ofNullable(schema.getMaxLength()),
                pattern,
                lower.value(), lower.exclusive(),
                upper.value(), upper.exclusive(),
                Optional.ofNullable(schema.getMinItems()),
                Optional.ofNullable(schema.getMaxItems()),
                "email".equals(schema.getFormat()),
                messages,
                multipleOf.map(BigDecimal::stripTrailingZeros));
    }

    private record Bound(Optional<BigDecimal> value, boolean exclusive) {
    }

    /**
     * 3.0 writes {@code minimum: 1, exclusiveMinimum: true}; 3.1 writes {@code exclusiveMinimum: 1}. When 3.1
     * gives both an inclusive and an exclusive bound, the stricter one holds.
     */
    private static Bound bound(BigDecimal inclusive, Boolean exclusiveFlag, BigDecimal exclusiveValue, boolean lower) {
        if (exclusiveValue == null) {
            return new Bound(Optional.ofNullable(inclusive), inclusive != null && Boolean.TRUE.equals(exclusiveFlag));
        }
        if (inclusive == null) {
            return new Bound(Optional.of(exclusiveValue), true);
        }
        int order = exclusiveValue.compareTo(inclusive);
        boolean exclusiveIsStricter = lower ? order >= 0 : order <= 0;
        return exclusiveIsStricter
                ? new Bound(Optional.of(exclusiveValue), true)
                : new Bound(Optional.of(inclusive), false);
    }

    private Map<String, String> messages(Schema<?> schema, JsonPointer at) {
        Object declared = SchemaShape.extension(schema, MESSAGES);
        if (declared == null) {
            return new LinkedHashMap<>();
        }
        JsonPointer where = at.child(MESSAGES);
        if (!(declared instanceof Map<?, ?> entries)) {
            problems.warning(where, MESSAGES + " must map a keyword to a message, e.g. {minLength: 'Too short'}; "
                    + "Keel ignores it");
            return new LinkedHashMap<>();
        }
        Map<String, String> messages = new LinkedHashMap<>();
        entries.forEach((key, message) -> {
            String keyword = String.valueOf(key);
            if (!MESSAGE_KEYS.contains(keyword)) {
                problems.warning(where.child(keyword), "Unknown keyword '" + keyword + "' in " + MESSAGES
                        + "; Keel knows " + String.join(", ", MESSAGE_KEYS.stream().sorted().toList()));
            } else if (!(message instanceof String text)) {
                problems.warning(where.child(keyword), "The message for '" + keyword + "' must be text");
            } else {
                messages.put(keyword, text);
            }
        });
        return messages;
    }
}
