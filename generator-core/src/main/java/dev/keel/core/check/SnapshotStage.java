package dev.keel.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The contract-snapshot step of {@code generate}: compares the committed snapshot with the current contract,
 * reports every change as a warning (so a renamed operation is named next to the compiler error it causes), and
 * writes the new snapshot when it differs, except in a dry run.
 */
public final class SnapshotStage {

    private SnapshotStage() {
    }

    /** The changes since the committed snapshot; none when there is no snapshot yet or none is configured. */
    public static List<ContractChange> apply(KeelConfig config, ApiModel api, Diagnostics diagnostics) {
        if (config.run().contractSnapshot().isEmpty()) {
            return List.of();
        }
        Path file = config.run().contractSnapshot().get();
        String current = ContractSnapshot.render(api);
        Optional<String> committed = read(file);
        List<ContractChange> changes = changesSince(committed, current);
        String spec = config.spec().toString();
        changes.forEach(change -> diagnostics.warning(spec, 0, change.pointer(),
                (change.breaking() ? "breaking change since " : "changed since ") + file.getFileName() + ": "
                        + change.message()));
        if (!config.run().dryRun() && !committed.map(current::equals).orElse(false)) {
            write(file, current);
        }
        return changes;
    }

    static List<ContractChange> changesSince(Optional<String> committed, String current) {
        Optional<JsonNode> previous = committed.flatMap(ContractSnapshot::parse);
        if (previous.isEmpty()) {
            return List.of();
        }
        return ContractComparison.compare(previous.get(), ContractSnapshot.parse(current).orElseThrow());
    }

    static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read the contract snapshot " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not write the contract snapshot " + file, e);
        }
    }
}
