package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader builds swagger-parser's extension mapper early only for a contract that declares an extension. */
class ExtensionDeclarationTest {

    @ParameterizedTest
    @ValueSource(strings = {"x-keel-cache: {ttl: 60}", "paths:\n  /a:\n    x-internal: true", "- x-tag: a",
        "{\"x-logo\": {}}", "{\"info\":{\"x-audience\" : \"public\"}}", "{'x-a': 1}", "a: {b: 1, x-c: 2}"})
    void aKeyThatStartsWithXDashIsAnExtension(String text) {
        assertThat(OpenApiReader.declaresExtension(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content:\n  application/x-www-form-urlencoded:\n    schema: {}",
        "{\"content\": {\"application/x-ndjson\": {}}}", "description: use x-api-key headers", "suffix: max-x-",
        "name: box-x"})
    void mediaTypesAndProseAreNot(String text) {
        assertThat(OpenApiReader.declaresExtension(text)).isFalse();
    }
}
