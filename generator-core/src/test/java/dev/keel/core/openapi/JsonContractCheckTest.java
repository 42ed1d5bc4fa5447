package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
