package dev.keel.core.migrate;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.ddl.DdlReader;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The migration step of a run: plans the next Flyway migration while the other stages run, and writes it
 * only after every stage succeeded. A run without DDL or without a migration directory plans nothing.
 */
public final class MigrationStage {

    private MigrationStage() {
    }

    public static Optional<PlannedMigration> plan(KeelConfig config, Diagnostics diagnostics) {
        if (config.schemas().isEmpty() || config.migrationDirectory().isEmpty()) {
            return Optional.empty();
        }
        MigrationPlan plan = new MigrationPlanner(dialectOf(config.schemas()), config.allowDestructiveMigrations())
                .plan(config.schemas(), MigrationFile.readDirectory(config.migrationDirectory().get()));
        List<Diagnostic> known = List.copyOf(diagnostics.all());
        plan.diagnostics().stream().filter(d -> !known.contains(d)).forEach(diagnostics::report);
        return plan.migration();
    }

    /** Writes the planned migration, if any, and returns where it went. */
    public static Optional<Path> write(KeelConfig config, Optional<PlannedMigration> migration) {
        return migration.map(planned -> new MigrationWriter(config.migrationDirectory().orElseThrow()).write(planned));
    }

    private static SqlDialect dialectOf(List<Path> ddlFiles) {
        StringBuilder text = new StringBuilder();
        for (Path file : ddlFiles) {
            try {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("Keel could not read " + file + ": " + e.getMessage(), e);
            }
        }
        return DdlReader.detect(text.toString());
    }
}
