package dev.keel.core.emit.model;

import static dev.keel.core.emit.model.AppRuntime.call;
import static dev.keel.core.emit.model.AppRuntime.read;
import static dev.keel.core.emit.model.AppRuntime.write;
import static dev.keel.core.emit.model.ModelFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.model.EnumSchema;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

class EnumEmitterTest {

    private static CompiledModel model;

    @BeforeAll
    static void compile() {
        EnumSchema status = new EnumSchema("ProjectStatus", "ProjectStatus", "Where a project is in its life.", false,
                List.of(new EnumSchema.Constant("ACTIVE", "active"), new EnumSchema.Constant("COMPLETED", "completed"),
                        new EnumSchema.Constant("ARCHIVED", "archived")), "#/ProjectStatus");
        model = CompiledModel.of(context(status,
                integerEnum("Priority", "NUMBER_1", "1", "NUMBER_2", "2", "MINUS_5", "-5"),
                integerEnum("Huge", "SMALL", "1", "LARGE", "5000000000"),
                stringEnum("Odd", "_1", "1", "VALUE", "value", "VALUES", "VALUES", "EMPTY", "",
                        "QUOTED", "say \"hi\" \\ $x */", "ACCENT", "é"),
                object("Task", property("status", named("ProjectStatus")), property("priority", named("Priority")))));
    }

    private static Object fromValue(Class<?> type, Object text) throws Throwable {
        return call(null, type, "fromValue", new Class<?>[] {String.class}, text);
    }

    @Test
    void constantsCarryTheirWireValues() throws Throwable {
        Class<?> status = model.type("ProjectStatus");
        Object archived = fromValue(status, "archived");
        assertThat(archived).isSameAs(status.getEnumConstants()[2]);
        assertThat(call(archived, "value")).isEqualTo("archived");
        assertThat(archived).hasToString("archived");
        assertThat(((Enum<?>) archived).name()).isEqualTo("ARCHIVED");
        assertThat(model.source("ProjectStatus"))
                .contains("/**\n * Where a project is in its life.\n */")
                .contains("ACTIVE(\"active\"),")
                .contains("throw new IllegalArgumentException(\"must be one of [active, completed, archived]\");");
    }

    @Test
    void unknownTextNamesTheAllowedValues() {
        Class<?> status = model.type("ProjectStatus");
        assertThatThrownBy(() -> fromValue(status, "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be one of [active, completed, archived]");
        assertThatThrownBy(() -> fromValue(status, "ACTIVE")).as("constant names are not wire values")
                .hasMessage("must be one of [active, completed, archived]");
        assertThatThrownBy(() -> fromValue(status, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jacksonWritesAndReadsWireValuesAndRejectsOthers() throws Throwable {
        Class<?> task = model.type("Task");
        Object read = read("{\"status\": \"completed\", \"priority\": -5}", task);
        assertThat(call(read, "status")).hasToString("completed");
        assertThat(call(read, "priority")).hasToString("-5");
        assertThat(write(read)).isEqualTo("{\"status\":\"completed\",\"priority\":-5}");
        assertThat(call(read("{\"status\": null}", task), "status")).isNull();

        assertThatThrownBy(() -> read("{\"status\": \"nope\"}", task))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("must be one of [active, completed, archived]");
        assertThatThrownBy(() -> read("{\"priority\": 3}", task))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("must be one of [1, 2, -5]");
    }

    @Test
    void integerEnumsExposeNumbersAndParseText() throws Throwable {
        Class<?> priority = model.type("Priority");
        Object two = fromValue(priority, " 2 ");
        assertThat(call(two, "value")).isEqualTo(2);
        assertThat(priority.getMethod("value").getReturnType()).isEqualTo(Integer.class);
        assertThat(two).hasToString("2");
        assertThat(call(null, priority, "fromValue", new Class<?>[] {long.class}, -5L)).hasToString("-5");
        assertThatThrownBy(() -> fromValue(priority, "two")).hasMessage("must be one of [1, 2, -5]");
        assertThatThrownBy(() -> fromValue(priority, "3")).hasMessage("must be one of [1, 2, -5]");
        assertThatThrownBy(() -> fromValue(priority, null)).hasMessage("must be one of [1, 2, -5]");
    }

    @Test
    void integerValuesBeyondIntUseLong() throws Throwable {
        Class<?> huge = model.type("Huge");
        assertThat(huge.getMethod("value").getReturnType()).isEqualTo(Long.class);
        assertThat(call(fromValue(huge, "5000000000"), "value")).isEqualTo(5_000_000_000L);
        assertThat(model.source("Huge")).contains("LARGE(5000000000L)");
    }

    @Test
    void givenConstantNamesAreRenderedAsIsWithAnyWireValue() throws Throwable {
        Class<?> odd = model.type("Odd");
        assertThat(Arrays.stream(odd.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()))
                .containsExactly("_1", "VALUE", "VALUES", "EMPTY", "QUOTED", "ACCENT");
        assertThat(((Enum<?>) fromValue(odd, "1")).name()).isEqualTo("_1");
        assertThat(((Enum<?>) fromValue(odd, "")).name()).isEqualTo("EMPTY");
        assertThat(((Enum<?>) fromValue(odd, "say \"hi\" \\ $x */")).name()).isEqualTo("QUOTED");
        assertThat(fromValue(odd, "é")).hasToString("é");
        assertThatThrownBy(() -> fromValue(odd, "x"))
                .hasMessage("must be one of [1, value, VALUES, , say \"hi\" \\ $x */, é]");
    }
}
