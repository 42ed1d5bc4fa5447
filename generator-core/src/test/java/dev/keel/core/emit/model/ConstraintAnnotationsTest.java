package dev.keel.core.emit.model;

import static dev.keel.core.emit.model.ModelFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.AnnotationSpec;
import dev.keel.core.emit.ConstraintAnnotations;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.TypeRef;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each contract keyword becomes the annotation and message a user sees in a 400 response. */
class ConstraintAnnotationsTest {

    private static final String BV = "@jakarta.validation.constraints.";

    private static List<String> annotations(TypeRef type, ConstraintsFixture constraints, boolean required) {
        return ConstraintAnnotations.of(type, constraints.build(), required).stream().map(AnnotationSpec::toString).toList();
    }

    @Test
    void requiredBecomesNotNullWithReadableMessage() {
        assertThat(annotations(STRING, constraints(), true)).containsExactly(BV + "NotNull(message = \"is required\")");
        assertThat(annotations(STRING, constraints(), false)).isEmpty();
    }

    @Test
    void requiredUsesTheContractMessage() {
        assertThat(annotations(STRING, constraints().message("required", "Name is required"), true))
                .containsExactly(BV + "NotNull(message = \"Name is required\")");
    }

    @Test
    void contractMessagesAreLiteralTextNotInterpolationTemplates() {
        assertThat(annotations(STRING, constraints().message("required", "Costs ${price} {min}"), true))
                .containsExactly(BV + "NotNull(message = \"Costs \\\\$\\\\{price\\\\} \\\\{min\\\\}\")");
    }

    @Test
    void minLengthBecomesSizeMin() {
        assertThat(annotations(STRING, constraints().minLength(3), false))
                .containsExactly(BV + "Size(min = 3, message = \"must be at least {min} characters\")");
    }

    @Test
    void maxLengthBecomesSizeMax() {
        assertThat(annotations(STRING, constraints().maxLength(100), false))
                .containsExactly(BV + "Size(max = 100, message = \"must be at most {max} characters\")");
    }

    @Test
    void bothLengthsWithoutMessagesBecomeOneSize() {
        assertThat(annotations(STRING, constraints().minLength(3).maxLength(100), false))
                .containsExactly(BV + "Size(min = 3, max = 100, message = \"must be between {min} and {max} characters\")");
    }

    @Test
    void lengthsWithContractMessagesStaySeparate() {
        ConstraintsFixture constraints = constraints().minLength(8).maxLength(128)
                .message("minLength", "Password must be at least 8 characters");
        assertThat(annotations(STRING, constraints, false)).containsExactly(
                BV + "Size(min = 8, message = \"Password must be at least 8 characters\")",
                BV + "Size(max = 128, message = \"must be at most {max} characters\")");
    }

    @Test
    void zeroMinLengthAddsNothing() {
        assertThat(annotations(STRING, constraints().minLength(0), false)).isEmpty();
    }

    @Test
    void anchoredPatternIsKeptAsWritten() {
        assertThat(annotations(STRING, constraints().pattern("^[a-z]+\\d{2}$"), false)).containsExactly(
                BV + "Pattern(regexp = \"^[a-z]+\\\\d{2}$\", message = \"must match the pattern {regexp}\")");
    }

    @Test
    void unanchoredPatternMatchesAnywhereLikeJsonSchema() {
        assertThat(annotations(STRING, constraints().pattern("[0-9]{2}"), false)).containsExactly(
                BV + "Pattern(regexp = \"(?s:.*)(?:[0-9]{2})(?s:.*)\", message = \"must match the pattern [0-9]\\\\{2\\\\}\")");
    }

    @Test
    void alternationInsideGroupsOrClassesKeepsAnAnchoredPatternAsWritten() {
        assertThat(annotations(STRING, constraints().pattern("^[a-zA-Z]+:(asc|desc)(,[a-zA-Z]+:(asc|desc))*$"), false))
                .containsExactly(BV + "Pattern(regexp = \"^[a-zA-Z]+:(asc|desc)(,[a-zA-Z]+:(asc|desc))*$\","
                        + " message = \"must match the pattern {regexp}\")");
        assertThat(annotations(STRING, constraints().pattern("^[]|]+\\|x$"), false)).containsExactly(
                BV + "Pattern(regexp = \"^[]|]+\\\\|x$\", message = \"must match the pattern {regexp}\")");
    }

    @Test
    void topLevelAlternationIsWidenedBecauseEachAnchorHoldsOnlyItsOwnBranch() {
        List<String> annotations = annotations(STRING, constraints().pattern("^ab|cd$"), false);

        assertThat(annotations).containsExactly(
                BV + "Pattern(regexp = \"(?s:.*)(?:^ab|cd$)(?s:.*)\", message = \"must match the pattern ^ab|cd\\\\$\")");
        assertThat(Pattern.matches("(?s:.*)(?:^ab|cd$)(?s:.*)", "xx-cd")).as("JSON Schema: cd$ matches").isTrue();
        assertThat(Pattern.matches("^ab|cd$", "xx-cd")).as("what keeping it would have refused").isFalse();
    }

    @Test
    void patternUsesTheContractMessage() {
        assertThat(annotations(STRING, constraints().pattern("^[a-z]+$").message("pattern", "Only letters"), false))
                .containsExactly(BV + "Pattern(regexp = \"^[a-z]+$\", message = \"Only letters\")");
    }

    @Test
    void emailFormatBecomesEmail() {
        assertThat(annotations(STRING, constraints().email(), false))
                .containsExactly(BV + "Email(message = \"must be a valid email address\")");
        assertThat(annotations(STRING, constraints().email().message("format", "Email must be valid"), false))
                .containsExactly(BV + "Email(message = \"Email must be valid\")");
    }

    @Test
    void integerMinimumAndMaximumBecomeMinAndMax() {
        assertThat(annotations(INT32, constraints().minimum("1").maximum("100"), false)).containsExactly(
                BV + "Min(value = 1, message = \"must be at least {value}\")",
                BV + "Max(value = 100, message = \"must be at most {value}\")");
    }

    @Test
    void boundMessagesComeFromTheContract() {
        assertThat(annotations(INT32, constraints().minimum("1").message("minimum", "Page starts at 1"), false))
                .containsExactly(BV + "Min(value = 1, message = \"Page starts at 1\")");
    }

    @Test
    void exclusiveBoundsBecomeNonInclusiveDecimalBounds() {
        assertThat(annotations(INT64, constraints().exclusiveMinimum("0").exclusiveMaximum("10"), false)).containsExactly(
                BV + "DecimalMin(value = \"0\", inclusive = false, message = \"must be greater than {value}\")",
                BV + "DecimalMax(value = \"10\", inclusive = false, message = \"must be less than {value}\")");
    }

    @Test
    void decimalBoundsOnFractionalTypes() {
        assertThat(annotations(DOUBLE, constraints().minimum("0.5").maximum("99.90"), false)).containsExactly(
                BV + "DecimalMin(value = \"0.5\", message = \"must be at least {value}\")",
                BV + "DecimalMax(value = \"99.9\", message = \"must be at most {value}\")");
        assertThat(annotations(DECIMAL, constraints().minimum("1E+3"), false))
                .containsExactly(BV + "DecimalMin(value = \"1000\", message = \"must be at least {value}\")");
    }

    @Test
    void integerBoundsAtTheEdgesOfLongStillCompile() {
        assertThat(annotations(INT64, constraints().minimum("-9223372036854775808").maximum("9223372036854775807"), false))
                .containsExactly(
                        BV + "Min(value = -9223372036854775808L, message = \"must be at least {value}\")",
                        BV + "Max(value = 9223372036854775807L, message = \"must be at most {value}\")");
        assertThat(annotations(INT64, constraints().maximum("9223372036854775808"), false))
                .containsExactly(BV + "DecimalMax(value = \"9223372036854775808\", message = \"must be at most {value}\")");
        assertThat(annotations(INT32, constraints().minimum("2.5"), false))
                .containsExactly(BV + "DecimalMin(value = \"2.5\", message = \"must be at least {value}\")");
    }

    @Test
    void minItemsAndMaxItemsBecomeSizeOnTheList() {
        TypeRef tags = listOf(STRING, Constraints.NONE);
        assertThat(annotations(tags, constraints().minItems(1).maxItems(5), false))
                .containsExactly(BV + "Size(min = 1, max = 5, message = \"must have between {min} and {max} items\")");
        assertThat(annotations(tags, constraints().maxItems(5).message("maxItems", "At most 5 tags"), false))
                .containsExactly(BV + "Size(max = 5, message = \"At most 5 tags\")");
    }

    @Test
    void itemConstraintsSitOnTheTypeArgument() {
        JavaTypes types = new JavaTypes(context());
        TypeRef tags = listOf(STRING, constraints().maxLength(10).build());
        assertThat(ConstraintAnnotations.annotatedType(types, tags).toString()).isEqualTo(
                "java.util.List<java.lang. " + BV + "Size(max = 10, message = \"must be at most {max} characters\") String>");
        TypeRef scores = new TypeRef.MapOf(INT32, constraints().minimum("0").build());
        assertThat(ConstraintAnnotations.annotatedType(types, scores).toString()).isEqualTo(
                "java.util.Map<java.lang.String, java.lang. " + BV + "Min(value = 0, message = \"must be at least {value}\") Integer>");
        assertThat(ConstraintAnnotations.of(tags, constraints().maxLength(10).build(), false)).isEmpty();
    }

    @Test
    void objectsAreValidatedInsideListsAndMaps() {
        JavaTypes types = new JavaTypes(context(object("Project")));
        TypeRef projects = listOf(named("Project"), Constraints.NONE);
        assertThat(ConstraintAnnotations.annotatedType(types, projects).toString())
                .isEqualTo("java.util.List<com.example.app.model. @jakarta.validation.Valid Project>");
        assertThat(ConstraintAnnotations.cascade(types, projects)).isEmpty();
        assertThat(ConstraintAnnotations.cascade(types, named("Project"))).hasSize(1);
        assertThat(ConstraintAnnotations.cascade(types, STRING)).isEmpty();
    }

    @Test
    void keywordsThatDoNotFitTheTypeAreLeftOutRatherThanFailingAtRuntime() {
        assertThat(annotations(UUID_TYPE, constraints().maxLength(36).pattern("^[0-9a-f-]+$"), false)).isEmpty();
        assertThat(annotations(INT32, constraints().maxLength(3).email(), false)).isEmpty();
        assertThat(annotations(STRING, constraints().minimum("1"), false)).isEmpty();
    }
}
