package dev.keel.core.emit.model;

import static dev.keel.core.emit.model.AppRuntime.call;
import static dev.keel.core.emit.model.AppRuntime.read;
import static dev.keel.core.emit.model.AppRuntime.violations;
import static dev.keel.core.emit.model.ModelFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.model.Constraints;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated records, compiled and run: what a request body goes through before a handler sees it. */
class RecordValidationTest {

    private static CompiledModel model;

    @BeforeAll
    static void compile() {
        model = CompiledModel.of(context(
                stringEnum("ProjectStatus", "ACTIVE", "active", "ARCHIVED", "archived"),
                object("ProjectCreate",
                        property("name", STRING).required().trim()
                                .constraints(constraints().minLength(3).maxLength(10)
                                        .message("minLength", "Name must be at least 3 characters")),
                        property("status", named("ProjectStatus")).defaultValue("\"archived\""),
                        property("owner_email", STRING).javaName("ownerEmail").trim().constraints(constraints().email()),
                        property("code", STRING).constraints(constraints().pattern("^[A-Z]{2,3}$")),
                        property("ref", STRING).constraints(constraints().pattern("[0-9]+")),
                        property("page", INT32).constraints(constraints().minimum("1").maximum("100")),
                        property("ratio", DOUBLE).constraints(constraints().exclusiveMinimum("0").maximum("1")),
                        property("big", INT64).constraints(constraints()
                                .minimum("-9223372036854775808").maximum("9223372036854775808")),
                        property("tags", listOf(STRING, constraints().maxLength(5).build()))
                                .constraints(constraints().maxItems(2))),
                object("Defaults",
                        property("label", STRING).defaultValue("\"n/a \\\"quoted\\\" \\u00e9\"").trim(),
                        property("count", INT32).defaultValue("20"),
                        property("total", INT64).defaultValue("9223372036854775807"),
                        property("enabled", BOOLEAN).defaultValue("true"),
                        property("weight", DOUBLE).defaultValue("0.25"),
                        property("price", DECIMAL).defaultValue("19.90"),
                        property("id", UUID_TYPE).defaultValue("\"123e4567-e89b-12d3-a456-426614174000\""),
                        property("wrongType", INT32).defaultValue("\"many\""),
                        property("unknownConstant", named("ProjectStatus")).defaultValue("\"gone\""),
                        property("list", listOf(STRING, Constraints.NONE)).defaultValue("[\"a\"]")),
                object("Project",
                        property("id", UUID_TYPE).required().readOnly(),
                        property("name", STRING).required(),
                        property("description", STRING).required().nullable()),
                object("ProjectPage",
                        property("data", listOf(named("Project"), Constraints.NONE)).required(),
                        property("first", named("Project")))));
    }

    @Test
    void trimHappensBeforeValidation() throws Throwable {
        Object padded = read("{\"name\": \"   ab   \", \"owner_email\": \"  ann@example.com \"}", model.type("ProjectCreate"));
        assertThat(call(padded, "name")).isEqualTo("ab");
        assertThat(call(padded, "ownerEmail")).isEqualTo("ann@example.com");
        assertThat(violations(padded)).containsExactly("name: Name must be at least 3 characters");

        Object fits = read("{\"name\": \"  abcdefghij  \"}", model.type("ProjectCreate"));
        assertThat(violations(fits)).isEmpty();
    }

    @Test
    void everyKeywordReportsItsMessageWithValuesFilledIn() {
        Object request = read("""
                {"name": "abcdefghijk", "owner_email": "not-an-email", "code": "abcd", "ref": "none",
                 "page": 0, "ratio": 0, "big": -1, "tags": ["ok", "too-long", "x"]}""", model.type("ProjectCreate"));
        assertThat(violations(request)).containsExactly(
                "code: must match the pattern ^[A-Z]{2,3}$",
                "name: must be at most 10 characters",
                "ownerEmail: must be a valid email address",
                "page: must be at least 1",
                "ratio: must be greater than 0",
                "ref: must match the pattern [0-9]+",
                "tags: must have at most 2 items",
                "tags[1].<list element>: must be at most 5 characters");
    }

    @Test
    void requiredValueMissingIsReported() {
        Object request = read("{\"page\": 101}", model.type("ProjectCreate"));
        assertThat(violations(request)).containsExactly("name: is required", "page: must be at most 100");
    }

    @Test
    void unanchoredPatternAcceptsTheValueWhenItOccursAnywhere() {
        Object request = read("{\"name\": \"abc\", \"ref\": \"order 42\\nsecond line\", \"code\": \"AB\"}",
                model.type("ProjectCreate"));
        assertThat(violations(request)).isEmpty();
    }

    @Test
    void integerBoundsAtTheEdgeOfLongAcceptTheWholeRange() {
        Object request = read("{\"name\": \"abc\", \"big\": -9223372036854775808}", model.type("ProjectCreate"));
        assertThat(violations(request)).isEmpty();
    }

    @Test
    void absentPropertiesTakeTheirDefaults() throws Throwable {
        Object defaults = read("{}", model.type("Defaults"));
        assertThat(call(defaults, "label")).isEqualTo("n/a \"quoted\" é");
        assertThat(call(defaults, "count")).isEqualTo(20);
        assertThat(call(defaults, "total")).isEqualTo(Long.MAX_VALUE);
        assertThat(call(defaults, "enabled")).isEqualTo(true);
        assertThat(call(defaults, "weight")).isEqualTo(0.25d);
        assertThat(call(defaults, "price")).isEqualTo(new BigDecimal("19.90"));
        assertThat(call(defaults, "id")).hasToString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(call(read("{\"name\": \"abc\"}", model.type("ProjectCreate")), "status")).hasToString("archived");
    }

    @Test
    void defaultsKeelCannotTypeLeaveTheValueNull() throws Throwable {
        Object defaults = read("{}", model.type("Defaults"));
        assertThat(call(defaults, "wrongType")).isNull();
        assertThat(call(defaults, "unknownConstant")).isNull();
        assertThat(call(defaults, "list")).isNull();
        assertThat(model.source("Defaults")).doesNotContain("many").doesNotContain("gone");
    }

    @Test
    void givenValuesWinOverDefaults() throws Throwable {
        Object given = read("{\"count\": 3, \"enabled\": false, \"label\": \"  x  \"}", model.type("Defaults"));
        assertThat(call(given, "count")).isEqualTo(3);
        assertThat(call(given, "enabled")).isEqualTo(false);
        assertThat(call(given, "label")).isEqualTo("x");
    }

    @Test
    void readOnlyAndNullableRequiredValuesAreNotDemandedFromClients() {
        Object request = read("{\"name\": \"n\"}", model.type("Project"));
        assertThat(violations(request)).isEmpty();
        assertThat(model.source("Project")).doesNotContain("@NotNull(message = \"is required\") UUID id");
    }

    @Test
    void nestedObjectsAreValidatedToo() {
        Object page = read("{\"data\": [{\"id\": null}], \"first\": {}}", model.type("ProjectPage"));
        assertThat(violations(page)).containsExactly("data[0].name: is required", "first.name: is required");
    }
}
