package dev.keel.core.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Validation keywords of one schema, as Bean Validation will enforce them.
 *
 * @param messages user messages per keyword ({@code minLength}, {@code maxLength}, {@code pattern},
 *     {@code minimum}, {@code maximum}, {@code minItems}, {@code maxItems}, {@code format}, {@code required},
 *     {@code enum}), from {@code x-keel-messages}; a keyword without one gets a readable default
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
        Map<String, String> messages) {

    public static final Constraints NONE = new Constraints(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty(), false, Optional.empty(), Optional.empty(), false, Map.of());

    public Constraints {
        messages = Map.copyOf(messages);
    }

    public Optional<String> message(String keyword) {
        return Optional.ofNullable(messages.get(keyword));
    }

    public boolean isEmpty() {
        return this.equals(NONE);
    }
}
