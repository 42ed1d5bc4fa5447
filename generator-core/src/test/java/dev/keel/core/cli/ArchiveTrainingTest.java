package dev.keel.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive's training run splits its arguments into the command lines it runs one after another. */
class ArchiveTrainingTest {

    @Test
    void theSeparatorSplitsTheCommandLinesInOrder() {
        assertThat(ArchiveTraining.commands("generate", "--spec", "a.yaml", "--then", "generate", "--spec", "b.json",
                "--schema", "s.sql"))
                .containsExactly(List.of("generate", "--spec", "a.yaml"),
                        List.of("generate", "--spec", "b.json", "--schema", "s.sql"));
    }

    @Test
    void withoutASeparatorThereIsOneCommandLine() {
        assertThat(ArchiveTraining.commands("generate", "--spec", "a.yaml"))
                .containsExactly(List.of("generate", "--spec", "a.yaml"));
    }
}
