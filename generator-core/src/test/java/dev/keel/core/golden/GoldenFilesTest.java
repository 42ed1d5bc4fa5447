package dev.keel.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.CompilationSubject;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of the sample contract, compared byte for byte with the files under
 * {@code src/test/resources/golden/projects}. Run with {@code -Dkeel.golden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
class GoldenFilesTest {

    private static final GoldenFiles PROJECTS = new GoldenFiles(Path.of("../sample-specs/projects/openapi.yaml"),
            "dev.keel.sample", Path.of("src/test/resources/golden/projects"), path -> true);

    @Test
    void sampleContractMatchesTheGoldenFiles() throws IOException {
        PROJECTS.assertMatches(PROJECTS.generate());
    }

    @Test
    void goldenSourcesCompile() throws IOException {
        CompilationSubject.assertThat(PROJECTS.compileWith(java.util.List.of())).succeeded();
    }

    @Test
    void generationIsDeterministic() {
        assertThat(PROJECTS.generate()).isEqualTo(PROJECTS.generate());
    }
}
