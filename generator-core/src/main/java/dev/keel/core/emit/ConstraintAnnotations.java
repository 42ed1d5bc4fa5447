package dev.keel.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the contract's validation keywords into Bean Validation annotations, with the contract's messages
 * where it gives them and readable defaults elsewhere. Used for record components and controller parameters.
 *
 * <p>Default messages use Bean Validation's interpolation ({@code {min}}, {@code {value}}), so they read
 * "must be at least 3 characters" once validated.
 */
public final class ConstraintAnnotations {

    private static final String PACKAGE = "jakarta.validation.constraints";
    public static final ClassName NOT_NULL = ClassName.get(PACKAGE, "NotNull");
    public static final ClassName SIZE = ClassName.get(PACKAGE, "Size");
    public static final ClassName PATTERN = ClassName.get(PACKAGE, "Pattern");
    public static final ClassName EMAIL = ClassName.get(PACKAGE, "Email");
    public static final ClassName MIN = ClassName.get(PACKAGE, "Min");
    public static final ClassName MAX = ClassName.get(PACKAGE, "Max");
    public static final ClassName DECIMAL_MIN = ClassName.get(PACKAGE, "DecimalMin");
    public static final ClassName DECIMAL_MAX = ClassName.get(PACKAGE, "DecimalMax");
    public static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");
    /** The generated constraint of {@code multipleOf}, in the support package. */
    public static final String MULTIPLE_OF = "MultipleOf";

    /** How a bound of the given direction becomes an annotation, and what it says when broken. */
    private record Bound(ClassName whole, ClassName decimal, String keyword, String exclusiveKeyword,
                         String inclusiveMessage, String exclusiveMessage) {
    }

    private static final Bound LOWER = new Bound(MIN, DECIMAL_MIN, "minimum", "exclusiveMinimum",
            "must be at least {value}", "must be greater than {value}");
    private static final Bound UPPER = new Bound(MAX, DECIMAL_MAX, "maximum", "exclusiveMaximum",
            "must be at most {value}", "must be less than {value}");

    /** Wording of length and count messages: strings count characters, arrays count items. */
    private record Unit(String minKeyword, String maxKeyword, String atLeast, String atMost, String between) {
    }

    private static final Unit CHARACTERS = new Unit("minLength", "maxLength",
            "must be at least {min} characters", "must be at most {max} characters",
            "must be between {min} and {max} characters");
    private static final Unit ITEMS = new Unit("minItems", "maxItems",
            "must have at least {min} items", "must have at most {max} items",
            "must have between {min} and {max} items");

    private ConstraintAnnotations() {
    }

    /**
     * The annotations on the value itself. Constraints on array items and map values are not among them:
     * they belong on the type argument, see {@link #annotatedType}.
     *
     * @param type the value's type: decides between {@code @Size} on strings and on collections,
     *     {@code @Min} and {@code @DecimalMin}
     * @param required whether the value must be present ({@code @NotNull})
     */
    public static List<AnnotationSpec> of(JavaTypes types, TypeRef type, Constraints constraints, boolean required) {
        List<AnnotationSpec> annotations = new ArrayList<>(of(type, constraints, required));
        if (isNumber(type)) {
            constraints.multipleOf().ifPresent(factor -> annotations.add(AnnotationSpec
                    .builder(types.supportClass(MULTIPLE_OF))
                    .addMember("value", "$S", factor.toPlainString())
                    .addMember("message", "$S", userMessage(constraints, "multipleOf")
                            .orElse("must be a multiple of {value}"))
                    .build()));
        }
        return List.copyOf(annotations);
    }

    /** As {@link #of(JavaTypes, TypeRef, Constraints, boolean)}, without the generated {@code @MultipleOf}. */
    public static List<AnnotationSpec> of(TypeRef type, Constraints constraints, boolean required) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (required) {
            annotations.add(withMessage(NOT_NULL, constraints, "required", "is required").build());
        }
        if (isKind(type, Kind.STRING)) {
            annotations.addAll(sizes(constraints.minLength(), constraints.maxLength(), constraints, CHARACTERS));
            constraints.pattern().ifPresent(regex -> annotations.add(pattern(regex, constraints)));
            if (constraints.email()) {
                annotations.add(withMessage(EMAIL, constraints, "format", "must be a valid email address").build());
            }
        } else if (isKind(type, Kind.INT32) || isKind(type, Kind.INT64)) {
            annotations.addAll(bounds(constraints, true));
        } else if (isKind(type, Kind.FLOAT) || isKind(type, Kind.DOUBLE) || isKind(type, Kind.DECIMAL)) {
            annotations.addAll(bounds(constraints, false));
        } else if (type instanceof TypeRef.ListOf) {
            annotations.addAll(sizes(constraints.minItems(), constraints.maxItems(), constraints, ITEMS));
        }
        return List.copyOf(annotations);
    }

    /**
     * The Java type with the constraints of array items and map values on its type arguments, e.g.
     * {@code List<@Size(max = 10) String>}, and {@code @Valid} on type arguments that are objects, e.g.
     * {@code List<@Valid Project>}; other types as {@link JavaTypes#of} gives them.
     */
    public static TypeName annotatedType(JavaTypes types, TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            TypeName items = element(types, list.items(), list.itemConstraints());
            return ParameterizedTypeName.get(JavaTypes.collection(list), items);
        }
        if (type instanceof TypeRef.MapOf map) {
            TypeName values = element(types, map.values(), map.valueConstraints());
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), values);
        }
        return types.of(type);
    }

    /**
     * {@code @Valid} when the value itself is an object whose constraints must be checked too; objects inside
     * arrays and maps get it on the type argument from {@link #annotatedType}.
     */
    public static List<AnnotationSpec> cascade(JavaTypes types, TypeRef type) {
        boolean object = type instanceof TypeRef.Named && types.needsCascade(type);
        return object ? List.of(AnnotationSpec.builder(VALID).build()) : List.of();
    }

    private static TypeName element(JavaTypes types, TypeRef type, Constraints constraints) {
        List<AnnotationSpec> annotations = new ArrayList<>(of(types, type, constraints, false));
        annotations.addAll(cascade(types, type));
        TypeName element = annotatedType(types, type);
        return annotations.isEmpty() ? element : element.annotated(annotations);
    }

    private static boolean isNumber(TypeRef type) {
        return isKind(type, Kind.INT32) || isKind(type, Kind.INT64) || isKind(type, Kind.FLOAT)
                || isKind(type, Kind.DOUBLE) || isKind(type, Kind.DECIMAL);
    }

    private static boolean isKind(TypeRef type, Kind kind) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == kind;
    }

    /** One {@code @Size} with both bounds unless the contract words the two bounds separately. */
    private static List<AnnotationSpec> sizes(Optional<Integer> min, Optional<Integer> max, Constraints constraints,
                                              Unit unit) {
        Optional<Integer> lower = min.filter(value -> value > 0);
        Optional<String> minMessage = userMessage(constraints, unit.minKeyword());
        Optional<String> maxMessage = userMessage(constraints, unit.maxKeyword());
        if (lower.isPresent() && max.isPresent() && minMessage.isEmpty() && maxMessage.isEmpty()) {
            return List.of(AnnotationSpec.builder(SIZE)
                    .addMember("min", "$L", lower.get())
                    .addMember("max", "$L", max.get())
                    .addMember("message", "$S", unit.between())
                    .build());
        }
        List<AnnotationSpec> annotations = new ArrayList<>();
        lower.ifPresent(value -> annotations.add(AnnotationSpec.builder(SIZE)
                .addMember("min", "$L", value)
                .addMember("message", "$S", minMessage.orElse(unit.atLeast()))
                .build()));
        max.ifPresent(value -> annotations.add(AnnotationSpec.builder(SIZE)
                .addMember("max", "$L", value)
                .addMember("message", "$S", maxMessage.orElse(unit.atMost()))
                .build()));
        return annotations;
    }

    /**
     * A contract pattern matches anywhere in the value (JSON Schema semantics) while {@code @Pattern} must
     * match the whole value, so a pattern not anchored at both ends is widened to "contains".
     */
    private static AnnotationSpec pattern(String regex, Constraints constraints) {
        boolean wholeValue = anchoredAtBothEnds(regex);
        String regexp = wholeValue ? regex : "(?s:.*)(?:" + regex + ")(?s:.*)";
        String fallback = wholeValue
                ? "must match the pattern {regexp}"
                : "must match the pattern " + escapeInterpolation(regex);
        return AnnotationSpec.builder(PATTERN)
                .addMember("regexp", "$S", regexp)
                .addMember("message", "$S", userMessage(constraints, "pattern").orElse(fallback))
                .build();
    }

    private static boolean anchoredAtBothEnds(String regex) {
        if (!regex.startsWith("^") || !regex.endsWith("$") || regex.length() < 2 || !oneBranchEndingUnquoted(regex)) {
            return false;
        }
        int backslashes = 0;
        for (int i = regex.length() - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    /**
     * Whether no {@code |} outside every group, character class and quote splits the whole pattern, and no quote
     * ({@code \Q} without {@code \E}) runs to its end. {@code ^a|b$} anchors only one branch at each end and
     * {@code ^\Qa$} ends with a literal {@code $}; {@code ^(a|b)$} is anchored.
     */
    private static boolean oneBranchEndingUnquoted(String regex) {
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                int end = regex.indexOf("\\E", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 1;
            } else if (c == '\\') {
                i++;
            } else if (c == '[') {
                classes++;
                i = endOfClassOpening(regex, i);
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes > 0) {
                continue;
            } else if (c == '(') {
                groups++;
            } else if (c == ')') {
                groups--;
            } else if (c == '|' && groups == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the last character of a class's opening {@code [} or {@code [^}, including a {@code ]} right
     * after it, which Java reads as a character of the class ({@code []a]}), not as its end.
     */
    private static int endOfClassOpening(String regex, int open) {
        int end = open;
        if (end + 1 < regex.length() && regex.charAt(end + 1) == '^') {
            end++;
        }
        if (end + 1 < regex.length() && regex.charAt(end + 1) == ']') {
            end++;
        }
        return end;
    }

    /** The contract's own message for a keyword, as literal text. */
    private static Optional<String> userMessage(Constraints constraints, String keyword) {
        return constraints.message(keyword).map(ConstraintAnnotations::escapeInterpolation);
    }

    /** Keeps Bean Validation from reading braces and dollars of a literal text as message parameters. */
    private static String escapeInterpolation(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static List<AnnotationSpec> bounds(Constraints constraints, boolean wholeNumbers) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        constraints.minimum().ifPresent(value ->
                annotations.add(bound(LOWER, value, constraints.exclusiveMinimum(), wholeNumbers, constraints)));
        constraints.maximum().ifPresent(value ->
                annotations.add(bound(UPPER, value, constraints.exclusiveMaximum(), wholeNumbers, constraints)));
        return annotations;
    }

    /**
     * {@code @Min}/{@code @Max} when the bound is a whole number a {@code long} holds and the value is an
     * integer kind; otherwise {@code @DecimalMin}/{@code @DecimalMax}, which take the bound as text.
     */
    private static AnnotationSpec bound(Bound bound, BigDecimal value, boolean exclusive, boolean wholeNumbers,
                                        Constraints constraints) {
        Optional<String> message = userMessage(constraints, exclusive ? bound.exclusiveKeyword() : bound.keyword())
                .or(() -> userMessage(constraints, bound.keyword()));
        Optional<String> longLiteral = wholeNumbers && !exclusive ? longLiteral(value) : Optional.empty();
        if (longLiteral.isPresent()) {
            return AnnotationSpec.builder(bound.whole())
                    .addMember("value", "$L", longLiteral.get())
                    .addMember("message", "$S", message.orElse(bound.inclusiveMessage()))
                    .build();
        }
        AnnotationSpec.Builder decimal = AnnotationSpec.builder(bound.decimal())
                .addMember("value", "$S", value.stripTrailingZeros().toPlainString());
        if (exclusive) {
            decimal.addMember("inclusive", "$L", false);
        }
        return decimal
                .addMember("message", "$S", message.orElse(exclusive ? bound.exclusiveMessage() : bound.inclusiveMessage()))
                .build();
    }

    /** The bound as a Java literal; beyond the int range it carries the {@code L} suffix it needs to compile. */
    private static Optional<String> longLiteral(BigDecimal value) {
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            return Optional.empty();
        }
        try {
            long exact = whole.longValueExact();
            boolean fitsInt = exact >= Integer.MIN_VALUE && exact <= Integer.MAX_VALUE;
            return Optional.of(fitsInt ? Long.toString(exact) : exact + "L");
        } catch (ArithmeticException beyondLong) {
            return Optional.empty();
        }
    }

    private static AnnotationSpec.Builder withMessage(ClassName annotation, Constraints constraints, String keyword,
                                                      String fallback) {
        return AnnotationSpec.builder(annotation)
                .addMember("message", "$S", userMessage(constraints, keyword).orElse(fallback));
    }
}
