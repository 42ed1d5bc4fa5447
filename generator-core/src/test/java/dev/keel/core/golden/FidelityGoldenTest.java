package dev.keel.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.CompilationSubject;
import dev.keel.core.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fidelity contract ({@code src/test/resources/fidelity/openapi.yaml}) uses every OpenAPI construct Keel maps;
 * its model and api sources are golden files under {@code golden/fidelity}, compiled together with the rest of
 * what Keel generates for it. {@code -Dkeel.golden.update=true} rewrites them.
 */
class FidelityGoldenTest {

    static final Path SPEC = Path.of("src/test/resources/fidelity/openapi.yaml");
    private static final GoldenFiles FIDELITY = new GoldenFiles(SPEC, "dev.keel.fidelity",
            Path.of("src/test/resources/golden/fidelity"),
            path -> path.startsWith("java/dev/keel/fidelity/model/") || path.startsWith("java/dev/keel/fidelity/api/"));

    @Test
    void fidelityContractMatchesTheGoldenFiles() throws IOException {
        FIDELITY.assertMatches(FIDELITY.generate());
    }

    @Test
    void goldenSourcesCompileWithEverythingElseGenerated() throws IOException {
        CompilationSubject.assertThat(FIDELITY.compileWith(FIDELITY.generate())).succeeded();
    }

    @Test
    void whatKeelCannotTypeIsReportedWhereTheContractSaysIt() {
        Diagnostics diagnostics = new Diagnostics();
        FIDELITY.generate(diagnostics);

        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.line()).as(d.format()).isPositive());
        assertThat(diagnostics.all()).extracting(d -> d.severity() + " " + d.pointer()).containsExactlyInAnyOrder(
                "INFO /paths/~1pets/post/callbacks",
                "INFO /webhooks/petAdopted",
                "WARNING /components/schemas/Drawing/properties/ambiguous/oneOf",
                "WARNING /components/schemas/Drawing/properties/scalarOrText/anyOf");
    }

    @Test
    void generationIsDeterministic() {
        assertThat(FIDELITY.generate()).isEqualTo(FIDELITY.generate());
    }
}
