package dev.keel.core.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Validation keywords of one schema, as Bean Validation will enforce them.
 *
 * @param messages user messages per keyword ({@code minLength}, {@code maxLength}, {@code pattern},
 *     {@code minimum}, {@code maximum}, {@code minItems}, {@code maxItems}, {@code format}, {@code required},
 *     {@code enum}, {@code multipleOf}), from {@code x-keel-messages}; a keyword without one gets a readable default
 * @param multipleOf the factor every value must be a whole multiple of, positive
 */
public record Constraints(
        Optional<Integer> minLength,
        Optional<Integer> maxLength,
        Optional<String> pattern,
        Optional<BigDecimal> minimum,
        boolean exclusiveMinimum,
        Optional<BigDecimal> maximum,
        boolean exclusiveMaximum,
        Optional<Integer> minItems,
        Optional<Integer> maxItems,
        boolean email,
        Map<String, String> messages,
        Optional<BigDecimal> multipleOf) {

    public static final Constraints NONE = new Constraints(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty(), false, Optional.empty(), Optional.empty(), false, Map.of());

    public Constraints {
        messages = Map.copyOf(messages);
    }

    /** Constraints without {@code multipleOf}. */
    public Constraints(Optional<Integer> minLength, Optional<Integer> maxLength, Optional<String> pattern,
            Optional<BigDecimal> minimum, boolean exclusiveMinimum, Optional<BigDecimal> maximum,
            boolean exclusiveMaximum, Optional<Integer> minItems, Optional<Integer> maxItems, boolean email,
            Map<String, String> messages) {
        this(minLength, maxLength, pattern, minimum, exclusiveMinimum, maximum, exclusiveMaximum, minItems, maxItems,
                email, messages, Optional.empty());
    }

    public Optional<String> message(String keyword) {
        return Optional.ofNullable(messages.get(keyword));
    }

    /**
     * True when no keyword is set. Field by field rather than {@code equals(NONE)}: a record's generated equals is
     * linked at its first call, which costs a short run some 20 ms of method-handle set-up.
     */
    public boolean isEmpty() {
        return minLength.isEmpty() && maxLength.isEmpty() && pattern.isEmpty() && minimum.isEmpty()
                && !exclusiveMinimum && maximum.isEmpty() && !exclusiveMaximum && minItems.isEmpty()
                && maxItems.isEmpty() && !email && messages.isEmpty() && multipleOf.isEmpty();
    }
}
