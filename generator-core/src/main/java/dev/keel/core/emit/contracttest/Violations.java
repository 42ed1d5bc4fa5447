package dev.keel.core.emit.contracttest;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For one property or parameter, a value that breaks exactly one of its constraints, per constraint: the
 * payloads of the generated negative tests.
 */
final class Violations {

    /** Longer strings are left out: the request body limit, not validation, would answer them. */
    static final int LONGEST_STRING = 100_000;
    private static final String[] NOT_MATCHING = {"!", "#", "~", " ", "\u00e9", "0", "a", "Z", "-"};

    /**
     * @param keyword the contract keyword the value breaks, e.g. {@code maxLength}
     * @param description the broken rule in words, for the test's display name
     * @param json the value as JSON text; empty when the violation is leaving the value out
     */
    record Violation(String keyword, String description, Optional<String> json) {
    }

    private final ApiModel api;
    private final SampleValues values;

    Violations(ApiModel api, SampleValues values) {
        this.api = api;
        this.values = values;
    }

    List<Violation> of(TypeRef type, Constraints constraints, boolean required, Optional<String> defaultValue) {
        List<Violation> violations = new ArrayList<>();
        if (required && defaultValue.isEmpty()) {
            violations.add(new Violation("required", "missing", Optional.empty()));
        }
        if (type instanceof TypeRef.Scalar scalar) {
            violations.addAll(scalar(scalar.kind(), constraints, defaultValue));
        } else if (type instanceof TypeRef.Named named) {
            api.schema(named.schemaName()).filter(EnumSchema.class::isInstance).map(EnumSchema.class::cast)
                    .ifPresent(enumSchema -> violations.add(enumViolation(enumSchema)));
        } else if (type instanceof TypeRef.ListOf list) {
            violations.addAll(items(list, constraints));
        }
        return violations;
    }

    private List<Violation> scalar(TypeRef.Scalar.Kind kind, Constraints constraints, Optional<String> defaultValue) {
        switch (kind) {
            case STRING:
                return strings(constraints, defaultValue);
            case INT32:
            case INT64:
            case FLOAT:
            case DOUBLE:
            case DECIMAL:
                return numbers(kind, constraints);
            case UUID:
                return List.of(new Violation("format", "not a UUID", Optional.of(Json.quote("not-a-uuid"))));
            case DATE:
                return List.of(new Violation("format", "not a date", Optional.of(Json.quote("not-a-date"))));
            case DATE_TIME:
                return List.of(new Violation("format", "not a date-time", Optional.of(Json.quote("not-a-date-time"))));
            default:
                return List.of();
        }
    }

    private List<Violation> strings(Constraints constraints, Optional<String> defaultValue) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> valid = values.validString(constraints, defaultValue);
        constraints.minLength().filter(min -> min > 0).ifPresent(min -> violations.add(new Violation("minLength",
                "shorter than " + min, Optional.of(Json.quote(SampleValues.repeatTo(unit(valid), min - 1))))));
        constraints.maxLength().filter(max -> max < LONGEST_STRING).ifPresent(max -> violations.add(new Violation(
                "maxLength", "longer than " + max, Optional.of(Json.quote(tooLong(constraints, valid, max))))));
        constraints.pattern().flatMap(pattern -> notMatching(pattern, constraints)).ifPresent(text -> violations.add(
                new Violation("pattern", "not matching " + constraints.pattern().get(), Optional.of(Json.quote(text)))));
        if (constraints.email()) {
            String notEmail = "not-an-email";
            Constraints lengthOnly = new Constraints(constraints.minLength(), constraints.maxLength(), Optional.empty(),
                    Optional.empty(), false, Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                    java.util.Map.of());
            if (SampleValues.fits(notEmail, lengthOnly)) {
                violations.add(new Violation("format", "not an email address", Optional.of(Json.quote(notEmail))));
            }
        }
        return violations;
    }

    /** A value one character too long that breaks nothing else: an email address stays one. */
    private static String tooLong(Constraints constraints, Optional<String> valid, int max) {
        String domain = "@example.com";
        if (constraints.email() && max + 1 > domain.length() + 1) {
            return SampleValues.repeatTo("u", max + 1 - domain.length()) + domain;
        }
        return SampleValues.repeatTo(unit(valid), max + 1);
    }

    /** The character a too short or too long value is made of: one the valid value starts with, so only length fails. */
    private static String unit(Optional<String> valid) {
        return valid.filter(v -> !v.isEmpty()).map(v -> v.substring(0, 1)).orElse("a");
    }

    /** A value of an allowed length in which the pattern finds no match; empty when none of the candidates does. */
    private static Optional<String> notMatching(String pattern, Constraints constraints) {
        int length = Math.max(constraints.minLength().orElse(0), 1);
        for (String candidate : NOT_MATCHING) {
            String text = SampleValues.repeatTo(candidate, length);
            boolean lengthFits = constraints.maxLength().map(max -> text.length() <= max).orElse(true);
            if (lengthFits && SampleValues.matches(pattern, text).filter(found -> !found).isPresent()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private List<Violation> numbers(TypeRef.Scalar.Kind kind, Constraints constraints) {
        List<Violation> violations = new ArrayList<>();
        constraints.minimum().ifPresent(min -> {
            BigDecimal below = constraints.exclusiveMinimum() ? min : min.subtract(BigDecimal.ONE);
            if (SampleValues.fitsKind(below, kind)) {
                violations.add(new Violation("minimum", (constraints.exclusiveMinimum() ? "not above " : "below ")
                        + min.toPlainString(), Optional.of(below.stripTrailingZeros().toPlainString())));
            }
        });
        constraints.maximum().ifPresent(max -> {
            BigDecimal above = constraints.exclusiveMaximum() ? max : max.add(BigDecimal.ONE);
            if (SampleValues.fitsKind(above, kind)) {
                violations.add(new Violation("maximum", (constraints.exclusiveMaximum() ? "not below " : "above ")
                        + max.toPlainString(), Optional.of(above.stripTrailingZeros().toPlainString())));
            }
        });
        return violations;
    }

    private static Violation enumViolation(EnumSchema enumSchema) {
        if (enumSchema.integer()) {
            long unknown = enumSchema.constants().stream().mapToLong(c -> Long.parseLong(c.value())).max().orElse(0) + 1;
            return new Violation("enum", "not one of the allowed values", Optional.of(Long.toString(unknown)));
        }
        String unknown = "not-a-valid-value";
        if (enumSchema.constants().stream().anyMatch(c -> c.value().equals(unknown))) {
            return new Violation("enum", "not one of the allowed values", Optional.of(Json.quote(unknown + "-2")));
        }
        return new Violation("enum", "not one of the allowed values", Optional.of(Json.quote(unknown)));
    }

    private List<Violation> items(TypeRef.ListOf list, Constraints constraints) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> item = values.valid(list.items(), list.itemConstraints(), Optional.empty());
        if (item.isEmpty() || list.uniqueItems()) {
            return violations;
        }
        constraints.maxItems().filter(max -> max < 1000).ifPresent(max -> violations.add(new Violation("maxItems",
                "more than " + max + " items", Optional.of(SampleValues.array(item.get(), max + 1)))));
        constraints.minItems().filter(min -> min > 0).ifPresent(min -> violations.add(new Violation("minItems",
                "fewer than " + min + " items", Optional.of(SampleValues.array(item.get(), min - 1)))));
        return violations;
    }
}
