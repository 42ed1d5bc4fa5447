package dev.keel.core.emit.model;

import static dev.keel.core.emit.model.AppRuntime.call;
import static dev.keel.core.emit.model.AppRuntime.read;
import static dev.keel.core.emit.model.AppRuntime.violations;
import static dev.keel.core.emit.model.AppRuntime.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * The model of the fidelity contract, compiled and run: polymorphic values go through Jackson and back, edge
 * constraints are enforced by Bean Validation, write-only values never leave, enum names stay distinct.
 */
class FidelityModelTest {

    private static CompiledModel model;
    private ClassLoader previousLoader;

    @BeforeAll
    static void compile() {
        Path spec = Path.of("src/test/resources/fidelity/openapi.yaml");
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(spec, diagnostics);
        diagnostics.throwIfErrors("read contract");
        KeelConfig config = new KeelConfig(spec, List.of(), ModelFixtures.BASE_PACKAGE, Path.of("unused"),
                Optional.empty());
        model = CompiledModel.of(new EmitContext(api, config));
    }

    /** Jackson's deduction names variants by class name and loads them through the context class loader. */
    @BeforeEach
    void loadGeneratedClasses() {
        previousLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(model.type("Shape").getClassLoader());
    }

    @AfterEach
    void restoreLoader() {
        Thread.currentThread().setContextClassLoader(previousLoader);
    }

    @Test
    void theDiscriminatorPicksTheVariantThroughItsMapping() throws Throwable {
        Object dog = read("{\"petType\": \"dog\", \"name\": \"Rex\", \"barks\": true}", model.type("Pet"));
        Object kitty = read("{\"petType\": \"kitty\", \"name\": \"Tom\"}", model.type("Pet"));

        assertThat(dog).isInstanceOf(model.type("Dog"));
        assertThat(call(dog, "barks")).isEqualTo(true);
        assertThat(kitty).isInstanceOf(model.type("Cat"));
        assertThat(call(kitty, "petType")).isEqualTo("kitty");
        assertThat(read(write(kitty), model.type("Pet"))).isEqualTo(kitty);
    }

    @Test
    void aVariantBuiltWithoutItsDiscriminatorIsWrittenWithItsName() throws Throwable {
        Object builder = call(null, model.type("Dog"), "builder", new Class<?>[0]);
        Class<?> builderType = builder.getClass();
        call(builder, builderType, "name", new Class<?>[] {String.class}, "Rex");
        call(builder, builderType, "barks", new Class<?>[] {Boolean.class}, false);
        Object dog = call(builder, "build");

        assertThat(write(dog)).contains("\"petType\":\"dog\"");
        assertThat(read(write(dog), model.type("Pet"))).isEqualTo(dog);
    }

    @Test
    void anUnknownDiscriminatorValueIsNotRead() {
        assertThatThrownBy(() -> read("{\"petType\": \"fish\", \"name\": \"Nemo\"}", model.type("Pet")))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("fish");
    }

    @Test
    void withoutADiscriminatorTheRequiredPropertiesPickTheVariant() throws Throwable {
        Object circle = read("{\"radius\": 2.5, \"label\": \"c\"}", model.type("Shape"));
        Object square = read("{\"label\": \"s\", \"side\": 3}", model.type("Shape"));

        assertThat(circle).isInstanceOf(model.type("Circle"));
        assertThat(square).isInstanceOf(model.type("Square"));
        assertThat(call(square, "side")).isEqualTo(3.0);
        assertThat(read(write(circle), model.type("Shape"))).isEqualTo(circle);
    }

    @Test
    void inlineAlternativesAreVariantsToo() {
        Object drawing = read("{\"shape\": {\"side\": 1}, \"payment\": {\"iban\": \"DE02\"}, \"previous\": null}",
                model.type("Drawing"));

        assertThat(write(drawing)).contains("\"payment\":{\"iban\":\"DE02\"}", "\"previous\":null");
        assertThat(read(write(drawing), model.type("Drawing"))).isEqualTo(drawing);
    }

    @Test
    void constraintsOfAVariantAreValidatedThroughItsUnion() {
        Object drawing = read("{\"shape\": {\"radius\": 0}, \"payment\": {\"card\": \"12\"}}", model.type("Drawing"));

        assertThat(violations(drawing)).containsExactly(
                "payment.card: must match the pattern ^[0-9]{16}$",
                "shape.radius: must be greater than 0");
    }

    @Test
    void boundsAtTheEdgesOfLongAndExclusiveBoundsHold() {
        String valid = "{\"password\": \"secret-enough\", \"minLong\": -9223372036854775808, \"exclusive\": 9}";
        assertThat(violations(read(valid, model.type("Everything")))).isEmpty();

        Object invalid = read("{\"password\": \"short\", \"minLong\": 9223372036854775807, \"exclusive\": 10,"
                + " \"tags\": [\"ok\", \"far-too-long\"], \"scores\": {\"a\": 1, \"b\": -1}, \"fixed\": \"other\","
                + " \"nullableText\": \"toolong\"}", model.type("Everything"));
        assertThat(violations(invalid)).containsExactly(
                "exclusive: must be less than 10",
                "fixed: must be 'fixed'",
                "nullableText: must be at most 5 characters",
                "password: must be at least 8 characters",
                "scores[b].<map value>: must be at least 0",
                "tags[].<iterable element>: must be at most 10 characters");

        Object zero = read("{\"password\": \"secret-enough\", \"minLong\": 0, \"exclusive\": 0}",
                model.type("Everything"));
        assertThat(violations(zero)).containsExactly("exclusive: must be greater than 0");
    }

    @Test
    void writeOnlyValuesAreReadButNeverWritten() throws Throwable {
        Object everything = read("{\"password\": \"secret-enough\", \"minLong\": 1, \"id\": "
                + "\"123e4567-e89b-12d3-a456-426614174000\"}", model.type("Everything"));

        assertThat(call(everything, "password")).isEqualTo("secret-enough");
        assertThat(call(everything, "id")).as("read-only values are not taken from a client").isNull();
        assertThat(write(everything)).doesNotContain("password").doesNotContain("secret-enough");
    }

    @Test
    void enumValuesThatDifferOnlyBySymbolsGetDistinctConstants() throws Throwable {
        Class<?> zone = model.type("TimeZone");
        List<String> names = Arrays.stream(zone.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();

        assertThat(names).doesNotHaveDuplicates().contains("ETC_GMT_PLUS_12", "ETC_GMT_12", "VALUE_2XX",
                "PLUS_1", "MINUS_1", "CLASS", "EMPTY");
        assertThat(read("\"Etc/GMT+12\"", zone)).isNotEqualTo(read("\"Etc/GMT-12\"", zone));
        assertThat(write(read("\"Etc/GMT-12\"", zone))).isEqualTo("\"Etc/GMT-12\"");
        Class<?> priority = model.type("Priority");
        assertThat(write(read("9223372036854775807", priority))).isEqualTo("9223372036854775807");
    }
}
