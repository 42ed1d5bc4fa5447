package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecLinesTest {

    private static final Path SAMPLE = Path.of("../sample-specs/projects/openapi.yaml");

    @Test
    void pointersOfTheSampleContractResolveToTheirLines() {
        SpecLines lines = SpecLines.of(SAMPLE);

        assertThat(lines.lineOf("/paths/~1projects/get")).isEqualTo(110);
        assertThat(lines.lineOf("/components/schemas/Project/properties/userId")).isEqualTo(331);
    }

    @Test
    void aMissingFileHasNoLines() {
        assertThat(SpecLines.of(Path.of("no-such.yaml")).lineOf("/paths")).isZero();
    }
}
