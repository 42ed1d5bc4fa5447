package dev.keel.core;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.write.WriteReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a successful run; front ends print {@link #summary()}, and {@link #describeBindings()} when asked
 * for detail.
 *
 * @param bindings how the contract is bound to the DDL's tables; {@link Bindings#NONE} without DDL files
 * @param migration the Flyway migration this run added (in a dry run: would add), when the DDL changed since the
 *     last one
 * @param dryRun whether {@code files} and {@code migration} say what would have been written; nothing was
 * @param skipped whether no input changed since the last run, so nothing was generated (no warnings are repeated)
 * @param deployment what was written to the deployment directory, when one is configured
 */
public record GenerationResult(int operations, int schemas, WriteReport files, List<Diagnostic> warnings,
        long millis, Bindings bindings, Optional<Path> migration, boolean dryRun, boolean skipped,
        Optional<WriteReport> deployment) {

    public GenerationResult {
        warnings = List.copyOf(warnings);
    }

    public GenerationResult(int operations, int schemas, WriteReport files, List<Diagnostic> warnings,
            long millis, Bindings bindings, Optional<Path> migration) {
        this(operations, schemas, files, warnings, millis, bindings, migration, false, false, Optional.empty());
    }

    public GenerationResult(int operations, int schemas, WriteReport files, List<Diagnostic> warnings,
            long millis, Bindings bindings, Optional<Path> migration, boolean dryRun, boolean skipped) {
        this(operations, schemas, files, warnings, millis, bindings, migration, dryRun, skipped, Optional.empty());
    }

    /** A result with deployment files. */
    public GenerationResult(int operations, int schemas, WriteReport files, List<Diagnostic> warnings, long millis,
            Bindings bindings, Optional<Path> migration, Optional<WriteReport> deployment) {
        this(operations, schemas, files, warnings, millis, bindings, migration, false, false, deployment);
    }

    /** A result of a run without DDL files. */
    public GenerationResult(int operations, int schemas, WriteReport files, List<Diagnostic> warnings, long millis) {
        this(operations, schemas, files, warnings, millis, Bindings.NONE, Optional.empty());
    }

    public String summary() {
        if (dryRun) {
            return "Keel dry run: " + operations + " operations, " + schemas + " schemas; files "
                    + files.written().size() + " would be written, " + files.unchanged().size() + " unchanged, "
                    + files.removed().size() + " would be removed" + migration.map(path -> "; would add migration "
                            + path.getFileName()).orElse("") + "; nothing was written";
        }
        return "Keel: " + operations + " operations, " + schemas + " schemas; files "
                + files.written().size() + " written, " + files.unchanged().size() + " unchanged, "
                + files.removed().size() + " removed" + migration.map(path -> "; new migration " + path.getFileName())
                        .orElse("") + " in " + millis + " ms"
                + (skipped ? " (inputs unchanged since the last run, nothing regenerated)" : "");
    }

    /** One line about the deployment files, e.g. {@code Keel: deployment files 2 written, 8 unchanged, 0 removed}. */
    public Optional<String> deploymentSummary() {
        return deployment.map(report -> "Keel: deployment files " + report.written().size() + " written, "
                + report.unchanged().size() + " unchanged, " + report.removed().size() + " removed");
    }

    /**
     * Which schema is bound to which table and which property to which column, with each resource's CRUD
     * operations: one block per bound schema, see {@link Bindings#describe()}.
     */
    public String describeBindings() {
        return bindings.describe();
    }
}
