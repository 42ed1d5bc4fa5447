package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract written as JSON is checked with the same care as YAML: syntax errors and duplicate keys. */
class JsonContractCheckTest {

    @TempDir
    Path dir;

    private SpecFixture read(String json) throws IOException {
        Path spec = dir.resolve("openapi.json");
        Files.writeString(spec, json);
        return SpecFixture.read(spec);
    }

    @Test
    void brokenJsonIsAnErrorWithLineColumnAndPointer() throws IOException {
        SpecFixture spec = read("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\", \"version\": \"1\"},\n"
                + "  \"paths\": {\n    \"/things\": {\"get\" {}}\n  }\n}\n");
        assertThat(spec.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.message()).contains("not valid JSON at column 23");
            assertThat(error.pointer()).isEqualTo("/paths/~1things/get");
        });
        assertThat(spec.model().operations()).isEmpty();
    }

    @Test
    void aKeyWrittenTwiceInOneObjectIsAnErrorOnItsSecondLine() throws IOException {
        SpecFixture spec = read("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\", \"version\": \"1\"},\n"
                + "  \"paths\": {\n    \"/a\": {},\n    \"/a\": {}\n  }\n}\n");
        assertThat(spec.diagnostics()).anySatisfy(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.message()).contains("Duplicate key '/a'");
            assertThat(error.pointer()).isEqualTo("/paths/~1a");
        });
    }

    @Test
    void aWellFormedJsonContractReadsWithoutDiagnostics() throws IOException {
        SpecFixture spec = read("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": "
                + "{\"/things\": {\"get\": {\"operationId\": \"listThings\", \"responses\": {\"204\": {\"description\": \"none\"}}}}}}");
        assertThat(spec.diagnostics()).isEmpty();
        assertThat(spec.model().operations()).hasSize(1);
    }

    @Test
    void aSyntaxErrorAfterCharactersBeyondAsciiIsPlacedInCharactersNotBytes() throws IOException {
        String broken = "  \"info\": {\"title\": \"Caf\u00e9 \u2603 \u00fcber\", \"version\": \"1\" \"x\": 1},";
        SpecFixture spec = read("{\n  \"openapi\": \"3.0.3\",\n" + broken + "\n  \"paths\": {}\n}\n");

        assertThat(spec.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).contains("not valid JSON at column " + (broken.indexOf("\"x\"") + 1) + ":");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAndNothingElse() throws IOException {
        Path spec = dir.resolve("latin1.json");
        Files.write(spec, "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Caf\u00e9\", \"version\": \"1\"}, \"paths\": {}}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        SpecFixture read = SpecFixture.read(spec);

        assertThat(read.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.message()).startsWith("The contract file cannot be read as UTF-8 text");
        });
    }

    @Test
    void aReplacementCharacterWrittenInTheContractIsReadAsText() throws IOException {
        SpecFixture spec = read("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"\uFFFD\", \"version\": \"1\"}, \"paths\": {}}");

        assertThat(spec.diagnostics()).isEmpty();
        assertThat(spec.model().title()).isEqualTo("\uFFFD");
    }

    @Test
    void aWarningAboutAJsonContractNamesTheLineOfItsKey() throws IOException {
        SpecFixture spec = read("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\", \"version\": \"1\"},\n"
                + "  \"paths\": {},\n  \"components\": {\n    \"securitySchemes\": {\n"
                + "      \"basic\": {\"type\": \"http\", \"scheme\": \"basic\"}\n    }\n  }\n}\n");

        assertThat(spec.diagnostics()).singleElement().satisfies(warning -> {
            assertThat(warning.isError()).isFalse();
            assertThat(warning.line()).isEqualTo(7);
            assertThat(warning.pointer()).isEqualTo("/components/securitySchemes/basic");
        });
    }

    @Test
    void theCheckBuildsTheTreeJacksonWouldReadWithTheSameNodeTypes() throws IOException {
        String json = "  {\"openapi\": \"3.1.0\", \"int\": 7, \"long\": 12345678901, \"big\": 123456789012345678901234,"
                + " \"negative\": -3, \"double\": 1.5, \"exponent\": 2e10, \"nothing\": null, \"yes\": true,"
                + " \"no\": false, \"text\": \"caf\u00e9 \\u2603 \\n\", \"nested\": {\"list\": [1, [2.0, {}], [], \"x\"]},"
                + " \"empty\": {}} {\"second\": 1}";
        SpecProblems problems = new SpecProblems("openapi.json", new dev.keel.core.diag.Diagnostics(),
                new SourceLocator(json));

        JsonCheck.Reading reading = JsonCheck.read(json, problems);

        JsonNode expected = new ObjectMapper().readTree(json);
        assertThat(reading.wellFormed()).isTrue();
        assertThat(reading.tree()).isEqualTo(expected);
        List<String> types = new ArrayList<>();
        List<String> expectedTypes = new ArrayList<>();
        collectTypes(reading.tree(), types);
        collectTypes(expected, expectedTypes);
        assertThat(types).isEqualTo(expectedTypes).contains("IntNode", "LongNode", "BigIntegerNode", "DoubleNode");
    }

    @Test
    void aRepeatedKeyLeavesNoTree() {
        String json = "{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}}";
        dev.keel.core.diag.Diagnostics diagnostics = new dev.keel.core.diag.Diagnostics();

        JsonCheck.Reading reading = JsonCheck.read(json, new SpecProblems("openapi.json", diagnostics,
                new SourceLocator(json)));

        assertThat(reading.wellFormed()).isFalse();
        assertThat(reading.tree()).isNull();
        assertThat(diagnostics.all()).singleElement().satisfies(error -> assertThat(error.message())
                .contains("Duplicate key 'c'"));
    }

    private static void collectTypes(JsonNode node, List<String> types) {
        types.add(node.getClass().getSimpleName());
        node.forEach(child -> collectTypes(child, types));
    }
}
