package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLocatorTest {

    private static final String YAML = """
            openapi: 3.0.3
            paths:
              /pets/{id}:
                get:
                  parameters:
                    - name: id
                      in: path
                    - name: limit
                      in: query
            components:
              schemas:
                messaging.v1.service:
                  type: object
                Base: &base
                  type: string
                Copy: *base
            """;

    private final SourceLocator locator = new SourceLocator(YAML);

    @Test
    void linesOfMappingEntriesAreTheLinesOfTheirKeys() {
        assertThat(locator.lineOf(JsonPointer.ROOT)).isEqualTo(1);
        assertThat(locator.lineOf(JsonPointer.parse("/paths/~1pets~1{id}/get"))).isEqualTo(4);
        assertThat(locator.lineOf(JsonPointer.parse("/paths/~1pets~1{id}/get/parameters/1/in"))).isEqualTo(9);
        assertThat(locator.lineOf(JsonPointer.parse("/components/schemas/Copy"))).as("an alias is where it is used")
                .isEqualTo(16);
    }

    @Test
    void aPointerThatDoesNotExistIsLocatedAtItsDeepestExistingAncestor() {
        assertThat(locator.lineOf(JsonPointer.parse("/paths/~1pets~1{id}/get/responses/200"))).isEqualTo(4);
        assertThat(locator.lineOf(JsonPointer.parse("/webhooks/x"))).isEqualTo(1);
    }

    @Test
    void swaggerParserLocationsBecomePointersWithDottedKeysAndNamedParameters() {
        assertThat(locator.pointerOf(ParserMessages.tokens("components.schemas.messaging.v1.service.foo"), true))
                .hasToString("/components/schemas/messaging.v1.service/foo");
        assertThat(locator.pointerOf(ParserMessages.tokens("paths.'/pets/{id}'(get).parameters.[limit].in"), true))
                .hasToString("/paths/~1pets~1{id}/get/parameters/1/in");
        assertThat(locator.pointerOf(List.of("paths", "Some free text"), false)).hasToString("/paths");
    }

    @Test
    void theTreeIsBuiltOnlyWhenALineIsAskedFor() {
        SourceLocator lazy = new SourceLocator(YAML);
        assertThat(lazy.isComposed()).isFalse();
        lazy.lineOf(JsonPointer.of("paths"));
        assertThat(lazy.isComposed()).isTrue();
    }

    @Test
    void textThatIsNotYamlHasNoLines() {
        assertThat(new SourceLocator("a: [").lineOf(JsonPointer.parse("/a"))).isZero();
    }

    @Test
    void pointersEscapeSlashesAndTildes() {
        JsonPointer pointer = JsonPointer.of("paths", "/a~b", "get");
        assertThat(pointer).hasToString("/paths/~1a~0b/get");
        assertThat(JsonPointer.parse(pointer.toString())).isEqualTo(pointer);
        assertThat(JsonPointer.parse("#/components/schemas/Pet").segments())
                .containsExactly("components", "schemas", "Pet");
    }
}
