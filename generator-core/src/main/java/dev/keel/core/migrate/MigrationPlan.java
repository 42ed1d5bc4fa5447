package dev.keel.core.migrate;

import dev.keel.core.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What the planner decided: the next migration, or none when the migrations already create the DDL's schema
 * (or when the DDL or a migration has errors), and every diagnostic of the run.
 *
 * @param diagnostics those of reading the DDL (also reported by the DDL stage, equal records), errors in the
 *     existing migrations, and one warning per destructive step left out
 */
public record MigrationPlan(Optional<PlannedMigration> migration, List<Diagnostic> diagnostics) {

    public MigrationPlan {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
