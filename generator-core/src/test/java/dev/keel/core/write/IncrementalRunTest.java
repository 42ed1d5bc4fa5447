package dev.keel.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.RunOptions;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.extension.ExtensionContext;
import dev.keel.core.extension.KeelExtension;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs over unchanged inputs write nothing; any changed input, or a damaged output, regenerates. */
class IncrementalRunTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000L);

    @TempDir
    Path project;
    Path spec;
    Path ddl;
    KeelConfig config;

    @BeforeEach
    void copyInputs() throws IOException, URISyntaxException {
        spec = project.resolve("notes.yaml");
        ddl = project.resolve("notes.sql");
        Files.copy(Path.of(getClass().getResource("/data/notes.yaml").toURI()), spec);
        Files.copy(Path.of(getClass().getResource("/data/notes.sql").toURI()), ddl);
        config = new KeelConfig(spec, List.of(ddl), "com.example.notes", project.resolve("out"), Optional.empty(),
                Optional.of(project.resolve("migration")), false).withRun(RunOptions.DEFAULTS.withIncremental(true)
                .withContractSnapshot(Optional.of(project.resolve("snapshot.json"))));
    }

    @Test
    void anUnchangedBuildSkipsGenerationAndTouchesNoFile() throws IOException {
        GenerationResult first = new Keel().generate(config);
        Map<Path, FileTime> before = ageEveryFile();

        GenerationResult second = new Keel().generate(config);

        assertThat(second.skipped()).isTrue();
        assertThat(second.summary()).contains("files 0 written, " + first.files().written().size() + " unchanged")
                .contains("nothing regenerated");
        assertThat(modificationTimes()).isEqualTo(before);
    }

    @Test
    void aChangedContractRegenerates() throws IOException {
        new Keel().generate(config);
        Files.writeString(spec, Files.readString(spec).replace("title: Notes API", "title: Memo API"));

        GenerationResult second = new Keel().generate(config);

        assertThat(second.skipped()).isFalse();
        assertThat(second.files().written()).contains("resources/keel/application-defaults.yaml");
    }

    @Test
    void aContractEditedWhileARunLastsIsGeneratedAgainByTheNextRun() throws IOException {
        AtomicBoolean edited = new AtomicBoolean();
        KeelExtension editor = new KeelExtension() {
            @Override
            public List<GeneratedFile> additionalFiles(ExtensionContext context) {
                if (edited.compareAndSet(false, true)) { // the user saves the contract while the build runs
                    rewrite(spec, "title: Notes API", "title: Memo API");
                }
                return List.of();
            }
        };
        KeelConfig withEditor = config.withRun(config.run().withExtensions(List.of(editor)));
        GenerationResult first = new Keel().generate(withEditor);
        assertThat(first.skipped()).isFalse();
        assertThat(Files.readString(project.resolve("out/resources/keel/application-defaults.yaml")))
                .as("the first run generated the contract it read").doesNotContain("memo-api");

        GenerationResult second = new Keel().generate(withEditor);

        assertThat(second.skipped()).as("the contract on disk is not the one the first run generated").isFalse();
        assertThat(Files.readString(project.resolve("out/resources/keel/application-defaults.yaml")))
                .contains("memo-api");
    }

    private static void rewrite(Path file, String from, String to) {
        try {
            Files.writeString(file, Files.readString(file).replace(from, to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aChangedTableRegeneratesAndAddsTheMigration() throws IOException {
        new Keel().generate(config);
        Files.writeString(ddl, Files.readString(ddl).replace("modified_on TIMESTAMP", "modified_on TIMESTAMP,\n  extra TEXT"));

        GenerationResult second = new Keel().generate(config);

        assertThat(second.skipped()).isFalse();
        assertThat(second.migration()).isPresent();
    }

    @Test
    void aDeletedOrEditedGeneratedFileIsRestored() throws IOException {
        GenerationResult first = new Keel().generate(config);
        String someFile = first.files().written().get(0);
        Files.delete(project.resolve("out").resolve(someFile));

        GenerationResult second = new Keel().generate(config);

        assertThat(second.skipped()).isFalse();
        assertThat(second.files().written()).containsExactly(someFile);
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatItWould() throws IOException {
        GenerationResult dry = new Keel().generate(config.withRun(config.run().withDryRun(true)));

        assertThat(dry.files().written()).isNotEmpty();
        assertThat(dry.migration()).isPresent();
        assertThat(dry.summary()).contains("would be written").contains("nothing was written");
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("notes.yaml",
                    "notes.sql");
        }
    }

    private Map<Path, FileTime> ageEveryFile() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        return modificationTimes();
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
