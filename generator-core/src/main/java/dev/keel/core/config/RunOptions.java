package dev.keel.core.config;

import dev.keel.core.extension.KeelExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a run treats what is already on disk.
 *
 * @param dryRun report what would be written, changed and removed, and write nothing
 * @param incremental skip the run when no input changed since the last one (see
 *     {@link dev.keel.core.write.InputFingerprint}) and the files Keel wrote are still as it wrote them
 * @param contractSnapshot where the committed, normalized form of the contract lives, e.g.
 *     {@code src/main/resources/keel/contract-snapshot.json}; empty for none
 * @param extensions the {@link KeelExtension}s that change the generated types or add files, in order
 */
public record RunOptions(boolean dryRun, boolean incremental, Optional<Path> contractSnapshot,
        List<KeelExtension> extensions) {

    /** Writes every run, no snapshot, no extensions: what a library caller or a test expects. */
    public static final RunOptions DEFAULTS = new RunOptions(false, false, Optional.empty(), List.of());

    public RunOptions {
        extensions = List.copyOf(extensions);
    }

    public RunOptions withDryRun(boolean value) {
        return new RunOptions(value, incremental, contractSnapshot, extensions);
    }

    public RunOptions withIncremental(boolean value) {
        return new RunOptions(dryRun, value, contractSnapshot, extensions);
    }

    public RunOptions withContractSnapshot(Optional<Path> value) {
        return new RunOptions(dryRun, incremental, value, extensions);
    }

    public RunOptions withExtensions(List<KeelExtension> value) {
        return new RunOptions(dryRun, incremental, contractSnapshot, value);
    }
}
