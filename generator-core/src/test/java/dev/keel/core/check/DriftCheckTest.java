package dev.keel.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.RunOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keel:check}: committed migrations and snapshot against what the current contract and DDL produce. */
class DriftCheckTest {

    @TempDir
    Path project;
    Path spec;
    Path ddl;
    KeelConfig config;

    @BeforeEach
    void generateAndCommit() throws IOException, URISyntaxException {
        spec = project.resolve("notes.yaml");
        ddl = project.resolve("notes.sql");
        Files.copy(Path.of(getClass().getResource("/data/notes.yaml").toURI()), spec);
        Files.copy(Path.of(getClass().getResource("/data/notes.sql").toURI()), ddl);
        config = new KeelConfig(spec, List.of(ddl), "com.example.notes", project.resolve("target/keel"),
                Optional.empty(), Optional.of(project.resolve("db/migration")), false)
                .withRun(RunOptions.DEFAULTS.withContractSnapshot(Optional.of(project.resolve("keel/snapshot.json"))));
        new Keel().generate(config);
    }

    @Test
    void passesWhenTheCommittedFilesAreCurrentAndWritesNothing() throws IOException {
        List<Path> before = listing();

        CheckResult result = DriftCheck.run(config);

        assertThat(result.upToDate()).isTrue();
        assertThat(result.changes()).isEmpty();
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aChangedTableWithoutItsMigrationIsStaleWithTheMissingMigrationAsDiff() throws IOException {
        Files.writeString(ddl, Files.readString(ddl).replace("modified_on TIMESTAMP", "modified_on TIMESTAMP,\n  extra TEXT"));

        CheckResult result = DriftCheck.run(config);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.stale()).singleElement().satisfies(stale -> {
            assertThat(stale.file().getFileName().toString()).startsWith("V2__");
            assertThat(stale.unifiedDiff()).contains("--- /dev/null").contains("+ALTER TABLE");
        });
        assertThat(result.describeStale()).contains("mvn keel:generate");
        assertThat(project.resolve("db/migration")).isDirectoryNotContaining("glob:**/V2__*");
    }

    @Test
    void aRemovedFieldIsStaleAndBreakingWithItsPointer() throws IOException {
        Files.writeString(spec, Files.readString(spec).replace("operationId: getNote", "operationId: fetchNote"));
        String withoutGet = removeOperation(Files.readString(spec), "    delete:");
        Files.writeString(spec, withoutGet);

        CheckResult result = DriftCheck.run(config);

        assertThat(result.stale()).extracting(stale -> stale.file().getFileName().toString())
                .containsExactly("snapshot.json");
        assertThat(result.stale().get(0).unifiedDiff()).contains("--- a/snapshot.json").contains("-    \"getNote\"");
        assertThat(result.breaking()).extracting(ContractChange::kind)
                .containsExactly(ContractChange.Kind.REMOVED_OPERATION);
        assertThat(result.describeBreaking()).contains("operation deleteNote (DELETE /notes/{id}) was removed")
                .contains("[#/paths/~1notes~1{id}/delete]");
        assertThat(result.changes()).extracting(ContractChange::kind)
                .contains(ContractChange.Kind.RENAMED_OPERATION);
    }

    /** The spec text without the operation that starts at {@code marker} (up to the next operation or path). */
    private static String removeOperation(String spec, String marker) {
        int start = spec.indexOf(marker);
        int end = start + 1;
        String[] lines = spec.substring(start).split("\\n", -1);
        int length = lines[0].length() + 1;
        for (int i = 1; i < lines.length && (lines[i].startsWith("      ") || lines[i].isBlank()); i++) {
            length += lines[i].length() + 1;
        }
        end = start + length;
        return spec.substring(0, start) + spec.substring(end);
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.sorted().toList();
        }
    }
}
