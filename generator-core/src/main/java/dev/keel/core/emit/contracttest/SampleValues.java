package dev.keel.core.emit.contracttest;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.UnionSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Values that satisfy a schema, as JSON text: the valid part of every negative test's payload, so that the one
 * violated constraint is the only reason for the 400. Empty when Keel cannot make one (a pattern none of its
 * candidates matches, a binary body); the tests needing it are then left out rather than made unreliable.
 */
final class SampleValues {

    static final String UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final int MAX_DEPTH = 4;
    private static final String[] CANDIDATES = {"abc", "Valid value", "a", "A", "1", "abc-123", "a1", "x_y", "test"};

    private final ApiModel api;

    SampleValues(ApiModel api) {
        this.api = api;
    }

    /** A valid JSON value of {@code type} under {@code constraints}, preferring the contract's default. */
    Optional<String> valid(TypeRef type, Constraints constraints, Optional<String> defaultValue) {
        return valid(type, constraints, defaultValue, 0);
    }

    private Optional<String> valid(TypeRef type, Constraints constraints, Optional<String> defaultValue, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return validScalar(scalar.kind(), constraints, defaultValue);
        }
        if (type instanceof TypeRef.Named named) {
            return api.schema(named.schemaName()).flatMap(schema -> validNamed(schema, depth));
        }
        if (type instanceof TypeRef.ListOf list) {
            int count = constraints.minItems().orElse(0);
            if (count == 0) {
                return Optional.of("[]");
            }
            return valid(list.items(), list.itemConstraints(), Optional.empty(), depth + 1)
                    .filter(item -> !list.uniqueItems() || count == 1)
                    .map(item -> array(item, count));
        }
        return Optional.of("{}");
    }

    private Optional<String> validNamed(SchemaDef schema, int depth) {
        if (schema instanceof EnumSchema enumSchema) {
            return enumSchema.constants().stream().findFirst()
                    .map(constant -> enumSchema.integer() ? constant.value() : Json.quote(constant.value()));
        }
        if (schema instanceof UnionSchema union) {
            return union.variants().stream()
                    .map(variant -> validVariant(union, variant, depth))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        ObjectSchema object = (ObjectSchema) schema;
        return validObject(object, depth, null);
    }

    /**
     * A valid object of one variant of {@code union}: with a discriminator, carrying the value naming the variant
     * (its first mapping, else its schema name); without one, just its required properties, which tell it apart.
     */
    Optional<String> validVariant(UnionSchema union, UnionSchema.Variant variant, int depth) {
        return api.schema(variant.schemaName())
                .filter(ObjectSchema.class::isInstance)
                .map(ObjectSchema.class::cast)
                .flatMap(object -> union.discriminator().isPresent()
                        ? validObject(object, depth, union.discriminator().get(),
                                Json.quote(discriminatorValue(variant)))
                        : validObject(object, depth, null));
    }

    /** The discriminator value naming {@code variant}: its first mapping, else its schema name. */
    static String discriminatorValue(UnionSchema.Variant variant) {
        return variant.discriminatorValues().isEmpty() ? variant.schemaName() : variant.discriminatorValues().get(0);
    }

    /**
     * The required, writable properties of {@code object}, each valid, without {@code except}; empty when one of
     * them has no valid value.
     */
    Optional<String> validObject(ObjectSchema object, int depth, Property except) {
        StringJoiner members = new StringJoiner(",", "{", "}");
        for (Property property : object.properties()) {
            if (!property.required() || property.readOnly() || property == except) {
                continue;
            }
            Optional<String> value = valid(property.type(), property.constraints(), property.defaultValue(), depth + 1);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            members.add(Json.quote(property.name()) + ":" + value.get());
        }
        return Optional.of(members.toString());
    }

    /**
     * The required and the defaulted writable properties of {@code object}, each valid, with {@code property} set to
     * {@code value} (a JSON value) whether required or not: a variant of a union, named by its discriminator. The
     * defaulted ones are spelled out, as the record writes them.
     */
    Optional<String> validObject(ObjectSchema object, int depth, String property, String value) {
        StringJoiner members = new StringJoiner(",", "{", "}");
        boolean set = false;
        for (Property member : object.properties()) {
            if (member.name().equals(property)) {
                members.add(Json.quote(property) + ":" + value);
                set = true;
                continue;
            }
            if (!(member.required() || member.defaultValue().isPresent()) || member.readOnly()) {
                continue;
            }
            Optional<String> valid = valid(member.type(), member.constraints(), member.defaultValue(), depth + 1);
            if (valid.isEmpty()) {
                return Optional.empty();
            }
            members.add(Json.quote(member.name()) + ":" + valid.get());
        }
        if (!set) {
            members.add(Json.quote(property) + ":" + value);
        }
        return Optional.of(members.toString());
    }

    private Optional<String> validScalar(TypeRef.Scalar.Kind kind, Constraints constraints,
            Optional<String> defaultValue) {
        switch (kind) {
            case STRING:
                return validString(constraints, defaultValue).map(Json::quote);
            case INT32:
            case INT64:
            case FLOAT:
            case DOUBLE:
            case DECIMAL:
                return validNumber(kind, constraints).map(BigDecimal::toPlainString);
            case BOOLEAN:
                return Optional.of("true");
            case UUID:
                return Optional.of(Json.quote(UUID));
            case DATE:
                return Optional.of(Json.quote("2024-01-31"));
            case DATE_TIME:
                return Optional.of(Json.quote("2024-01-31T12:00:00Z"));
            case URI:
                return Optional.of(Json.quote("https://example.com/a"));
            case BYTES:
                return Optional.of(Json.quote("AAAA"));
            case ANY:
                return Optional.of("{}");
            default:
                return Optional.empty();
        }
    }

    /** A string of the constraints' length that the pattern (searched, as JSON Schema does) finds a match in. */
    Optional<String> validString(Constraints constraints, Optional<String> defaultValue) {
        List<String> candidates = new ArrayList<>();
        defaultValue.filter(d -> d.startsWith("\"")).map(Json::unquote).ifPresent(candidates::add);
        if (constraints.email()) {
            candidates.add("user@example.com");
        } else {
            int length = Math.max(constraints.minLength().orElse(0), 3);
            for (String candidate : CANDIDATES) {
                candidates.add(candidate);
                candidates.add(repeatTo(candidate, length));
            }
        }
        return candidates.stream().filter(candidate -> fits(candidate, constraints)).findFirst();
    }

    static boolean fits(String value, Constraints constraints) {
        int length = value.codePointCount(0, value.length());
        return constraints.minLength().map(min -> length >= min).orElse(true)
                && constraints.maxLength().map(max -> length <= max).orElse(true)
                && constraints.pattern().map(pattern -> matches(pattern, value).orElse(false)).orElse(true);
    }

    /** Whether {@code pattern} finds a match in {@code value}; empty when Java cannot compile the pattern. */
    static Optional<Boolean> matches(String pattern, String value) {
        try {
            return Optional.of(Pattern.compile(pattern).matcher(value).find());
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    /** A number within the bounds: the middle when both are given, else the bound itself or next to it. */
    Optional<BigDecimal> validNumber(TypeRef.Scalar.Kind kind, Constraints constraints) {
        boolean integral = kind == TypeRef.Scalar.Kind.INT32 || kind == TypeRef.Scalar.Kind.INT64;
        Optional<BigDecimal> min = constraints.minimum();
        Optional<BigDecimal> max = constraints.maximum();
        BigDecimal value;
        if (min.isPresent() && max.isPresent()) {
            value = min.get().add(max.get()).divide(BigDecimal.valueOf(2), 6, RoundingMode.FLOOR);
        } else if (min.isPresent()) {
            value = constraints.exclusiveMinimum() ? min.get().add(BigDecimal.ONE) : min.get();
        } else if (max.isPresent()) {
            value = constraints.exclusiveMaximum() ? max.get().subtract(BigDecimal.ONE) : max.get();
        } else {
            value = BigDecimal.ONE;
        }
        if (integral) {
            value = value.setScale(0, RoundingMode.CEILING);
        }
        BigDecimal candidate = value.stripTrailingZeros();
        return Optional.of(candidate).filter(v -> inBounds(v, constraints) && fitsKind(v, kind));
    }

    static boolean inBounds(BigDecimal value, Constraints constraints) {
        boolean aboveMin = constraints.minimum().map(min -> constraints.exclusiveMinimum()
                ? value.compareTo(min) > 0 : value.compareTo(min) >= 0).orElse(true);
        boolean belowMax = constraints.maximum().map(max -> constraints.exclusiveMaximum()
                ? value.compareTo(max) < 0 : value.compareTo(max) <= 0).orElse(true);
        return aboveMin && belowMax;
    }

    /** Whether the value can be read into the Java type of {@code kind} at all (else it is a type error). */
    static boolean fitsKind(BigDecimal value, TypeRef.Scalar.Kind kind) {
        if (kind == TypeRef.Scalar.Kind.INT32) {
            return value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                    && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        }
        if (kind == TypeRef.Scalar.Kind.INT64) {
            return value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                    && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        }
        return true;
    }

    static String repeatTo(String unit, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    static String array(String item, int count) {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < count; i++) {
            items.add(item);
        }
        return items.toString();
    }
}
