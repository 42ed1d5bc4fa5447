package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in a contract are located by file, line and pointer, and all of them are reported in one run. */
class ReaderDiagnosticsTest {

    private static final String SPECS = "src/test/resources/specs/";

    @TempDir
    Path dir;

    private static SpecFixture read(String name) {
        return SpecFixture.read(Path.of(SPECS + name));
    }

    @Test
    void brokenYamlIsAnErrorWithLineAndColumn() {
        SpecFixture spec = read("broken-yaml.yaml");
        assertThat(spec.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.file()).isEqualTo(SPECS + "broken-yaml.yaml");
            assertThat(error.line()).isEqualTo(11);
            assertThat(error.message()).contains("not valid YAML at column 20", "mapping values are not allowed");
            assertThat(error.pointer()).isEqualTo("/paths/~1things/get/responses/200/description");
            assertThat(error.format()).startsWith(SPECS + "broken-yaml.yaml:11: error: ");
        });
        assertThat(spec.model().operations()).isEmpty();
    }

    @Test
    void danglingReferencesToComponentsAndFilesAreAllReportedWhereTheyAre() {
        SpecFixture spec = read("dangling-ref.yaml");
        assertThat(spec.warnings()).isEmpty();
        assertThat(spec.errors()).extracting(Diagnostic::line, Diagnostic::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(15,
                        "/paths/~1things/get/responses/200/content/application~1json/schema/$ref"),
                org.assertj.core.groups.Tuple.tuple(22,
                        "/paths/~1things/post/requestBody/content/application~1json/schema/$ref"),
                org.assertj.core.groups.Tuple.tuple(32, "/components/schemas/Thing/properties/owner/$ref"));
        assertThat(spec.errors().get(0).message()).contains("'#/components/schemas/Missing'", "has no 'Missing'");
        assertThat(spec.errors().get(1).message()).contains("no-such-file.yaml", "does not exist");
        assertThat(spec.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo(SPECS + "dangling-ref.yaml"));
    }

    @Test
    void danglingReferenceStillGivesAModelThatCompiles() {
        SpecFixture spec = read("dangling-ref.yaml");
        assertThat(spec.operation("listThings").successResponse().orElseThrow().body())
                .contains(dev.keel.core.model.TypeRef.scalar(dev.keel.core.model.TypeRef.Scalar.Kind.ANY));
    }

    @Test
    void unknownTypesAreErrorsAtTheirTypeKeyword() {
        SpecFixture spec = read("unknown-type.yaml");
        assertThat(spec.errors()).extracting(Diagnostic::line, Diagnostic::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(12, "/components/schemas/Thing/properties/name/type"),
                org.assertj.core.groups.Tuple.tuple(14, "/components/schemas/Thing/properties/size/type"),
                org.assertj.core.groups.Tuple.tuple(18, "/components/schemas/Thing/properties/tags/items/type"));
        assertThat(spec.errors().get(0).message()).contains("Unknown type 'strin'");
        assertThat(spec.errors().get(0).format()).isEqualTo(SPECS + "unknown-type.yaml:12: error: Unknown type "
                + "'strin'; OpenAPI types are string, number, integer, boolean, array, object and null "
                + "[#/components/schemas/Thing/properties/name/type]");
    }

    @Test
    void problemsOfDifferentKindsAreReportedTogetherInFileOrder() {
        SpecFixture spec = read("several-errors.yaml");
        List<String> located = spec.errors().stream().map(e -> e.line() + " " + e.pointer()).toList();
        assertThat(located).containsExactly(
                "2 /info/title",
                "6 /paths/~1things~1{id}/get",
                "14 /paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref",
                "21 /components/schemas/Thing/properties/count/type");
        assertThat(spec.errors().get(0).message()).contains("'title' is missing");
        assertThat(spec.errors().get(1).message()).contains("declares no path parameter 'id'");
    }

    @Test
    void aKeyWrittenTwiceIsAnError() {
        SpecFixture spec = read("duplicate-key.yaml");
        assertThat(spec.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(12);
            assertThat(error.pointer()).isEqualTo("/paths/~1things");
            assertThat(error.message()).contains("Duplicate key '/things'");
        });
    }

    @Test
    void keysWrittenTwiceAreFoundInListsAndOnceUnderAnAnchorThatAliasesRepeat() {
        SpecFixture spec = SpecFixture.of(dir, """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                x-shared: &shared
                  name: a
                  name: b
                x-again: *shared
                tags:
                  - name: one
                  - name: two
                    description: x
                    description: y
                paths: {}
                """);

        List<String> located = spec.errors().stream().map(e -> e.line() + " " + e.pointer()).toList();

        assertThat(located).containsExactly("5 /x-shared/name", "11 /tags/1/description");
    }

    @Test
    void swaggerParserMessagesBecomeLocatedDiagnostics() {
        SpecFixture spec = SpecFixture.of(dir, """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      surprise: 1
                      parameters:
                        - name: q
                          schema: {type: string}
                      responses:
                        '200': {}
                """);
        assertThat(spec.diagnostics()).extracting(d -> d.severity() + " " + d.line() + " " + d.pointer())
                .containsExactly(
                        "WARNING 7 /paths/~1things/get/surprise",
                        "ERROR 9 /paths/~1things/get/parameters/0/in",
                        "ERROR 12 /paths/~1things/get/responses/200/description");
    }

    @Test
    void aMissingFileIsAnError() {
        SpecFixture spec = SpecFixture.read(dir.resolve("nowhere.yaml"));
        assertThat(spec.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("does not exist"));
    }

    @Test
    void aSwagger2DocumentIsAnError() {
        SpecFixture spec = SpecFixture.of(dir, "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assertThat(spec.errors()).anySatisfy(e -> assertThat(e.message()).contains("OpenAPI 3.0 and 3.1"));
    }

    @Test
    void jsonContractsAreLocatedToo() {
        SpecFixture spec = SpecFixture.of(dir, """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "t", "version": "1"},
                  "paths": {},
                  "components": {
                    "schemas": {
                      "Thing": {"type": "object", "properties": {
                        "name": {"type": "strng"}
                      }}
                    }
                  }
                }
                """);
        assertThat(spec.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.pointer()).isEqualTo("/components/schemas/Thing/properties/name/type");
        });
    }
}
