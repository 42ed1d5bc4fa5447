package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation keyword of the contract, as it arrives in {@link Constraints}. */
class ConstraintMappingTest {

    @TempDir
    Path dir;

    private Constraints constraintsOf(String propertySchema) {
        SpecFixture spec = SpecFixture.schemas30(dir, "    Thing:\n      type: object\n      properties:\n"
                + "        value: " + propertySchema + "\n").assertClean();
        return spec.property("Thing", "value").constraints();
    }

    @Test
    void minLengthAndMaxLength() {
        Constraints constraints = constraintsOf("{type: string, minLength: 2, maxLength: 5}");
        assertThat(constraints.minLength()).contains(2);
        assertThat(constraints.maxLength()).contains(5);
    }

    @Test
    void pattern() {
        assertThat(constraintsOf("{type: string, pattern: '^[a-z]+$'}").pattern()).contains("^[a-z]+$");
    }

    @Test
    void inclusiveMinimumAndMaximum() {
        Constraints constraints = constraintsOf("{type: number, minimum: 0.5, maximum: 10}");
        assertThat(constraints.minimum()).contains(new BigDecimal("0.5"));
        assertThat(constraints.exclusiveMinimum()).isFalse();
        assertThat(constraints.maximum()).contains(BigDecimal.TEN);
        assertThat(constraints.exclusiveMaximum()).isFalse();
    }

    @Test
    void exclusiveBoundsInOpenApi30AreFlagsOnMinimumAndMaximum() {
        Constraints constraints = constraintsOf(
                "{type: integer, minimum: 0, exclusiveMinimum: true, maximum: 100, exclusiveMaximum: true}");
        assertThat(constraints.minimum()).contains(BigDecimal.ZERO);
        assertThat(constraints.exclusiveMinimum()).isTrue();
        assertThat(constraints.maximum()).contains(new BigDecimal(100));
        assertThat(constraints.exclusiveMaximum()).isTrue();
    }

    @Test
    void exclusiveBoundsInOpenApi31AreNumbers() {
        SpecFixture spec = SpecFixture.schemas31(dir, """
                    Thing:
                      type: object
                      properties:
                        value: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}
                        both: {type: number, minimum: 5, exclusiveMinimum: 3}
                """).assertClean();
        Constraints value = spec.property("Thing", "value").constraints();
        assertThat(value.minimum()).contains(BigDecimal.ZERO);
        assertThat(value.exclusiveMinimum()).isTrue();
        assertThat(value.maximum()).contains(BigDecimal.ONE);
        assertThat(value.exclusiveMaximum()).isTrue();
        Constraints both = spec.property("Thing", "both").constraints();
        assertThat(both.minimum()).as("the stricter bound holds").contains(new BigDecimal(5));
        assertThat(both.exclusiveMinimum()).isFalse();
    }

    @Test
    void minItemsAndMaxItemsOnTheListAndItemConstraintsOnItsItems() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      properties:
                        tags:
                          type: array
                          minItems: 1
                          maxItems: 10
                          uniqueItems: true
                          items: {type: string, maxLength: 20}
                """).assertClean();
        var tags = spec.property("Thing", "tags");
        assertThat(tags.constraints().minItems()).contains(1);
        assertThat(tags.constraints().maxItems()).contains(10);
        TypeRef.ListOf list = (TypeRef.ListOf) tags.type();
        assertThat(list.items()).isEqualTo(TypeRef.scalar(Kind.STRING));
        assertThat(list.itemConstraints().maxLength()).contains(20);
        assertThat(list.uniqueItems()).isTrue();
    }

    @Test
    void formatEmailIsAStringWithTheEmailConstraint() {
        SpecFixture spec = SpecFixture.schemas30(dir,
                "    Thing:\n      type: object\n      properties:\n        mail: {type: string, format: email}\n");
        assertThat(spec.property("Thing", "mail").type()).isEqualTo(TypeRef.scalar(Kind.STRING));
        assertThat(spec.property("Thing", "mail").constraints().email()).isTrue();
    }

    @Test
    void keelMessagesAreKeptPerKeyword() {
        Constraints constraints = constraintsOf("{type: string, minLength: 3, x-keel-messages: "
                + "{minLength: 'Too short', required: 'Needed', enum: 'Pick one'}}");
        assertThat(constraints.message("minLength")).contains("Too short");
        assertThat(constraints.message("required")).contains("Needed");
        assertThat(constraints.message("enum")).contains("Pick one");
        assertThat(constraints.message("maxLength")).isEmpty();
    }

    @Test
    void unknownKeelMessageKeywordIsALocatedWarning() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      properties:
                        name:
                          type: string
                          x-keel-messages:
                            minLenght: 'Too short'
                """);
        assertThat(spec.errors()).isEmpty();
        Diagnostic warning = spec.warnings().get(0);
        assertThat(warning.message()).contains("Unknown keyword 'minLenght'");
        assertThat(warning.line()).isEqualTo(12);
        assertThat(warning.pointer()).isEqualTo("/components/schemas/Thing/properties/name/x-keel-messages/minLenght");
        assertThat(spec.property("Thing", "name").constraints().messages()).isEmpty();
    }

    @Test
    void aSchemaWithoutKeywordsHasNoConstraints() {
        assertThat(constraintsOf("{type: string}").isEmpty()).isTrue();
    }

    @Test
    void constraintsOfAnAliasComponentReachEveryUse() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Email: {type: string, format: email, maxLength: 254}
                    Thing:
                      type: object
                      properties:
                        mail: {$ref: '#/components/schemas/Email'}
                """).assertClean();
        assertThat(spec.model().schema("Email")).as("an alias is inlined, not a class").isEmpty();
        Constraints mail = spec.property("Thing", "mail").constraints();
        assertThat(mail.email()).isTrue();
        assertThat(mail.maxLength()).contains(254);
    }
}
