package dev.keel.core.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Regenerates into a temporary directory and compares what Keel owns among the committed files, the migrations
 * and the contract snapshot, with what the current inputs produce. Nothing in the project is written.
 */
public final class DriftCheck {

    private DriftCheck() {
    }

    public static CheckResult run(KeelConfig config) {
        Path scratch = createScratch();
        try {
            Optional<Path> migrations = config.migrationDirectory().map(directory -> copy(directory,
                    scratch.resolve("migration")));
            Optional<Path> snapshot = config.run().contractSnapshot().map(file -> copyFile(file,
                    scratch.resolve("contract-snapshot.json")));
            KeelConfig scratchConfig = config.relocated(scratch.resolve("output"), migrations, snapshot)
                    .withRun(config.run().withDryRun(false).withIncremental(false).withContractSnapshot(snapshot));
            new Keel().generate(scratchConfig);

            List<StaleFile> stale = new ArrayList<>();
            if (migrations.isPresent()) {
                stale.addAll(compareDirectories(config.migrationDirectory().get(), migrations.get()));
            }
            List<ContractChange> changes = List.of();
            if (snapshot.isPresent()) {
                Path committed = config.run().contractSnapshot().get();
                Optional<String> committedText = SnapshotStage.read(committed);
                String current = Files.readString(snapshot.get(), StandardCharsets.UTF_8);
                compare(committed, committedText, current).ifPresent(stale::add);
                changes = SnapshotStage.changesSince(committedText, current);
            }
            return new CheckResult(stale, changes);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not compare with the committed files: " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
    }

    private static List<StaleFile> compareDirectories(Path committed, Path regenerated) throws IOException {
        List<StaleFile> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(regenerated)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path original = committed.resolve(file.getFileName().toString());
                compare(original, SnapshotStage.read(original), Files.readString(file, StandardCharsets.UTF_8))
                        .ifPresent(stale::add);
            }
        }
        return stale;
    }

    private static Optional<StaleFile> compare(Path file, Optional<String> committed, String current) {
        if (committed.map(current::equals).orElse(false)) {
            return Optional.empty();
        }
        List<String> before = committed.map(DriftCheck::lines).orElse(List.of());
        List<String> after = lines(current);
        String from = committed.isPresent() ? "a/" + file.getFileName() : "/dev/null";
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(from, "b/" + file.getFileName(), before,
                DiffUtils.diff(before, after), 3);
        return Optional.of(new StaleFile(file, String.join("\n", diff) + "\n"));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("keel-check");
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static Path copy(Path directory, Path target) {
        try {
            Files.createDirectories(target);
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, target.resolve(file.getFileName().toString()));
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not copy " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Path copyFile(Path file, Path target) {
        try {
            if (Files.isRegularFile(file)) {
                Files.copy(file, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not copy " + file + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary directory harms nothing.
        }
    }
}
