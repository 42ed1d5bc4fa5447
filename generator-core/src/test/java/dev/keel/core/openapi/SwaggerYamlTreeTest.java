package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keel.core.corpus.CorpusLocation;
import dev.keel.core.diag.Diagnostics;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree the YAML check builds is the tree swagger-parser builds from the same text, node for node and type for
 * type; a text that uses what swagger-parser limits gets no tree, and swagger-parser reads it itself.
 */
class SwaggerYamlTreeTest {

    private static final String SCALARS = """
            openapi: 3.0.3
            plain: text
            quoted: '1'
            small: 7
            negative: -12
            long: 12345678901
            big: 123456789012345678901234567890
            hex: 0x1F
            octal: 0o17
            legacyOctal: 017
            binaryNumber: 0b101
            sexagesimal: 190:20:30
            underscored: 1_000
            float: 1.5
            exponent: 6.02e+23
            integralFloat: 2.0
            nan: .nan
            infinity: .inf
            negativeInfinity: -.inf
            answer: yes
            switch: off
            tilde: ~
            empty:
            date: 2024-01-31
            timestamp: 2024-01-31T10:00:00Z
            binary: !!binary aGVsbG8=
            set: !!set {a, b}
            200: numeric key
            true: boolean key
            1.5: float key
            list: [1, two, 3.0, null, [nested], {in: list}]
            block: |
              line one
              line two
            folded: >
              folded
              text
            unicode: "caf\\u00e9 \\U0001F600"
            """;

    static Stream<Path> corpusYaml() throws IOException {
        Path corpus = CorpusLocation.find().orElseThrow(() -> new IllegalStateException(
                "the shared corpus is missing: " + CorpusLocation.orDefault()));
        return Files.list(corpus).filter(path -> path.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpusYaml")
    void everyCorpusContractGetsSwaggerParsersTree(Path spec) throws IOException {
        String text = Files.readString(spec);

        JsonCheck.Reading reading = read(text);

        assertThat(reading.tree()).isNotNull();
        assertSameTree(reading.tree(), swaggerParsersTree(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scalars"})
    void scalarsMapKeysAndCollectionsBecomeTheNodesSwaggerParserMakes(String unused) {
        JsonCheck.Reading reading = read(SCALARS);

        assertThat(reading.tree()).isNotNull();
        assertSameTree(reading.tree(), swaggerParsersTree(SCALARS));
        assertThat(types(reading.tree())).contains("IntNode", "LongNode", "BigIntegerNode", "DoubleNode",
                "BooleanNode", "NullNode", "TextNode", "ArrayNode");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "openapi: 3.0.3\nbase: &base {a: 1}\ncopy: *base\n",
        "openapi: 3.0.3\nbase: {a: 1}\nmerged:\n  <<: {b: 2}\n  c: 3\n",
        "openapi: 3.0.3\ncodes:\n  1: one\n  '1': also one\n",
        "openapi: 3.0.3\nflags:\n  yes: a\n  true: b\n"})
    void aliasesMergeKeysAndKeysThatMeetAsTextAreLeftToSwaggerParser(String text) {
        JsonCheck.Reading reading = read(text);

        assertThat(reading.wellFormed()).isTrue();
        assertThat(reading.tree()).isNull();
    }

    private static JsonCheck.Reading read(String text) {
        SourceLocator locator = new SourceLocator(text);
        return YamlCheck.read(text, new SpecProblems("openapi.yaml", new Diagnostics(), locator), locator);
    }

    private static JsonNode swaggerParsersTree(String text) {
        return DeserializationUtils.deserializeIntoTree(text, "openapi.yaml", new ParseOptions(),
                new SwaggerParseResult());
    }

    private static void assertSameTree(JsonNode actual, JsonNode expected) {
        assertThat(actual).isEqualTo(expected);
        assertThat(types(actual)).isEqualTo(types(expected));
        List<String> actualKeys = new ArrayList<>();
        List<String> expectedKeys = new ArrayList<>();
        keys(actual, actualKeys);
        keys(expected, expectedKeys);
        assertThat(actualKeys).as("keys in order").isEqualTo(expectedKeys);
    }

    private static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        collectTypes(node, types);
        return types;
    }

    private static void collectTypes(JsonNode node, List<String> types) {
        types.add(node.getClass().getSimpleName());
        node.forEach(child -> collectTypes(child, types));
    }

    private static void keys(JsonNode node, List<String> keys) {
        node.fieldNames().forEachRemaining(keys::add);
        node.forEach(child -> keys(child, keys));
    }
}
