package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keel.core.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real third-party contracts read without an exception; problems are diagnostics, never crashes. */
class CorpusSmokeTest {

    static Path corpus() {
        return dev.keel.core.corpus.CorpusLocation.orDefault();
    }

    static Stream<Path> contracts() throws IOException {
        assumeTrue(Files.isDirectory(corpus()), "the corpus is not at " + corpus().toAbsolutePath());
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyContractReadsWithoutAnExceptionAndEveryDiagnosticIsLocated(Path contract) {
        SpecFixture spec = SpecFixture.read(contract);
        assertThat(spec.model().operations()).isNotEmpty();
        assertThat(spec.diagnostics()).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo(contract.toString());
            assertThat(d.line()).as(d.format()).isPositive();
        });
        assertThat(spec.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("could not map"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-oai-petstore-expanded.yaml", "02-oai-uspto.yaml", "03-swagger-petstore-v3.yaml"})
    void theSimpleContractsReadWithoutErrors(String name) {
        Path contract = corpus().resolve(name);
        assumeTrue(Files.isRegularFile(contract), "the corpus is not at " + corpus().toAbsolutePath());
        SpecFixture spec = SpecFixture.read(contract);
        assertThat(spec.errors()).extracting(Diagnostic::format).isEmpty();
        assertThat(spec.model().schemas()).isNotEmpty();
    }
}
