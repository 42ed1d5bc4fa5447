package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A JSON contract's warnings keep the lines SnakeYAML gave them: the faster tree has the same keys and lines. */
class JsonNodesTest {

    private static final String JSON = """
            {
              "openapi": "3.0.3",
              "paths": {"/pets/{id}": {
                "get": {"parameters": [
                    {"name": "id", "in": "path", "required": true},
                    {
                      "name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 1e3}
                    }
                  ],
                  "x-empty": {}, "x-list": [], "x-null": null, "x-flag": false, "x-text": "a \\"quoted\\" \\u00e9"
                }}},
              "components": {"schemas": {"messaging.v1.service": {"type": "object"}}}
            }
            """;

    @Test
    void treeOfAJsonTextHasSnakeYamlsKeysScalarsAndLines() {
        assertSameTree(new Yaml(SourceLocator.loaderOptions()).compose(new StringReader(JSON)),
                JsonNodes.compose(JSON));
    }

    @Test
    void linesOfAJsonContractAreTheLinesOfTheirKeys() {
        SourceLocator locator = new SourceLocator(JSON);
        assertThat(locator.lineOf(JsonPointer.parse("/paths/~1pets~1{id}/get/parameters/1/schema"))).isEqualTo(7);
        assertThat(locator.pointerOf(List.of("paths", "/pets/{id}", "get", "parameters", "[limit]", "in"), false))
                .isEqualTo(JsonPointer.parse("/paths/~1pets~1{id}/get/parameters/1/in"));
    }

    @Test
    void treeOfTheLargestCorpusContractMatchesSnakeYamls() throws IOException {
        Path github = CorpusSmokeTest.corpus().resolve("09-github-api-2022-06.json");
        assumeTrue(Files.isRegularFile(github), "the corpus is not at " + github.toAbsolutePath());
        String text = Files.readString(github, StandardCharsets.UTF_8);
        Node snakeYaml = new Yaml(SourceLocator.loaderOptions()).compose(new StringReader(text));
        assertSameTree(snakeYaml, JsonNodes.compose(text));
    }

    @Test
    void textThatIsNotJsonHasNoTree() {
        assertThat(JsonNodes.compose("{\"a\": ")).isNull();
    }

    private static void assertSameTree(Node expected, Node actual) {
        assertThat(actual.getStartMark().getLine()).as("line of %s", expected)
                .isEqualTo(expected.getStartMark().getLine());
        if (expected instanceof MappingNode) {
            var expectedEntries = ((MappingNode) expected).getValue();
            var actualEntries = ((MappingNode) actual).getValue();
            assertThat(actualEntries).hasSameSizeAs(expectedEntries);
            for (int i = 0; i < expectedEntries.size(); i++) {
                assertSameTree(expectedEntries.get(i).getKeyNode(), actualEntries.get(i).getKeyNode());
                assertSameTree(expectedEntries.get(i).getValueNode(), actualEntries.get(i).getValueNode());
            }
        } else if (expected instanceof SequenceNode) {
            var expectedElements = ((SequenceNode) expected).getValue();
            var actualElements = ((SequenceNode) actual).getValue();
            assertThat(actualElements).hasSameSizeAs(expectedElements);
            for (int i = 0; i < expectedElements.size(); i++) {
                assertSameTree(expectedElements.get(i), actualElements.get(i));
            }
        } else {
            assertThat(actual).isInstanceOf(ScalarNode.class);
            assertThat(((ScalarNode) actual).getValue()).isEqualTo(((ScalarNode) expected).getValue());
        }
    }
}
