package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keel.core.corpus.CorpusLocation;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keel's call of swagger-parser's deserializer (without the copy of the tree that only parser extensions read) gives
 * what swagger-parser's own call gives: the same model, the same messages, the same 3.1 flag.
 */
class SwaggerDeserializerTest {

    static Stream<Path> contracts() throws IOException {
        Path corpus = CorpusLocation.find().orElseThrow(() -> new IllegalStateException(
                "the shared corpus is missing: " + CorpusLocation.orDefault()));
        return Stream.concat(Files.list(corpus).filter(path -> path.toString().matches(".*\\.(yaml|json)")),
                Stream.of(Path.of("../sample-specs/projects/openapi.yaml"),
                        Path.of("../benchmarks/training/projects-openapi-3.0.json"),
                        Path.of("../benchmarks/training/split-3.1/openapi.yaml"),
                        Path.of("../benchmarks/training/split-3.1/components.yaml"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyContractDeserializesAsSwaggerParserDeserializesIt(Path spec) throws IOException {
        assertSameResult(Files.readString(spec), spec.toAbsolutePath().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "openapi: 3.0.3\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: [string, 'null']}\n",
        "openapi: 3.0.3\ninfo: {title: t, version: 1}\npaths:\n  a: {}\n  /b:\n    get: {responses: 7}\n",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nunknown: x\ncomponents: {schemas: {A: {type: 3}}}\n",
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        "- just\n- a list\n",
        "just a text\n"})
    void incompleteAndWrongContractsGetSwaggerParsersMessages(String text) {
        assertSameResult(text, "/contracts/openapi.yaml");
    }

    /** Extension values of every kind, converted by Keel as swagger-core's Jackson mapper converts them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "openapi: 3.0.3\ninfo: {title: t, version: '1', x-int: 7, x-long: 9000000000, x-big: 123456789012345678901234,"
            + " x-float: 1.5, x-exp: 2e-3, x-true: true, x-null: null, x-text: 'a', x-date: 2024-01-02}\n"
            + "paths:\n  /a:\n    x-list: [1, 'b', [], {}]\n    get:\n      x-keel-cache: {ttl: 60, keys: [id]}\n"
            + "      responses: {'200': {description: ok}}\n",
        "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\", \"x-n\": -0.0,"
            + " \"x-big\": 1e400, \"x-deep\": {\"a\": [{\"b\": null}, 1.25, 12345678901]}}, \"paths\": {}}",
        "openapi: 3.0.3\ninfo: {title: t, version: '1', extensions: {x-a: 1, y: 2}}\npaths: {}\n",
        "openapi: 3.0.3\ninfo: {title: t, version: '1', x-own: 1, extensions: {x-a: 1}}\npaths: {}\n",
        "openapi: 3.0.3\ninfo: {title: t, version: '1', extensions: not-an-object}\npaths: {}\n",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            + "    A: {type: object, x-order: [b, a], unknownKeyword: {z: 1}}\n"})
    void extensionValuesAreTheValuesSwaggerParserGives(String text) {
        assertSameResult(text, "/contracts/openapi.yaml");
    }

    private static void assertSameResult(String text, String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        JsonNode tree = DeserializationUtils.deserializeIntoTree(text, location, options, new SwaggerParseResult());

        Outcome keel = Outcome.of(() -> SwaggerDeserializer.deserialize(tree, location, options));
        Outcome swagger = Outcome.of(() -> new OpenAPIDeserializer().deserialize(tree, location, options,
                options.isOaiAuthor()));

        assertThat(keel.failure()).isEqualTo(swagger.failure());
        if (swagger.result() != null) {
            assertThat(keel.result().getOpenAPI()).isEqualTo(swagger.result().getOpenAPI());
            assertThat(keel.result().getMessages()).isEqualTo(swagger.result().getMessages());
            assertThat(keel.result().isOpenapi31()).isEqualTo(swagger.result().isOpenapi31());
        }
    }

    /** A result, or the exception that ended the call, as its class and message. */
    private record Outcome(SwaggerParseResult result, String failure) {
        static Outcome of(Supplier<SwaggerParseResult> call) {
            try {
                return new Outcome(call.get(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
