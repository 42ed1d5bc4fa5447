package dev.keel.core.migrate;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.ddl.DdlReader;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.auth.RefreshTokenTable;
import dev.keel.core.model.db.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migration step of a run: plans the next Flyway migration while the other stages run, and writes it
 * only after every stage succeeded. A run without DDL or without a migration directory plans nothing.
 */
public final class MigrationStage {

    private MigrationStage() {
    }

    public static Optional<PlannedMigration> plan(KeelConfig config, Diagnostics diagnostics) {
        return plan(config, Optional.empty(), diagnostics);
    }

    /**
     * @param keelDdl statements for tables Keel's generated code needs beyond the user's DDL (its refresh tokens),
     *     planned as if they followed the user's DDL in a file of their own
     */
    public static Optional<PlannedMigration> plan(KeelConfig config, Optional<String> keelDdl,
            Diagnostics diagnostics) {
        return plan(config, keelDdl.map(sql -> Map.of(RefreshTokenTable.DDL_FILE, sql)).orElse(Map.of()), diagnostics);
    }

    /**
     * @param keelDdl statements for tables Keel's generated code needs beyond the user's DDL (refresh tokens, audit
     *     events) by file name, planned as if those files followed the user's DDL in this order
     */
    public static Optional<PlannedMigration> plan(KeelConfig config, Map<String, String> keelDdl,
            Diagnostics diagnostics) {
        if (config.schemas().isEmpty() || config.migrationDirectory().isEmpty()) {
            return Optional.empty();
        }
        List<Path> ddlFiles = new ArrayList<>(config.schemas());
        List<Path> keelFiles = new ArrayList<>();
        keelDdl.forEach((name, sql) -> keelFiles.add(writeKeelDdl(name, sql)));
        ddlFiles.addAll(keelFiles);
        MigrationPlan plan;
        try {
            plan = new MigrationPlanner(dialectOf(config.schemas()), config.allowDestructiveMigrations())
                    .plan(ddlFiles, MigrationFile.readDirectory(config.migrationDirectory().get()));
        } finally {
            keelFiles.forEach(MigrationStage::deleteKeelDdl);
        }
        List<Diagnostic> known = List.copyOf(diagnostics.all());
        plan.diagnostics().stream().filter(d -> !known.contains(d)).forEach(diagnostics::report);
        return plan.migration();
    }

    /** Writes the planned migration, if any, and returns where it went. */
    public static Optional<Path> write(KeelConfig config, Optional<PlannedMigration> migration) {
        return migration.map(planned -> new MigrationWriter(config.migrationDirectory().orElseThrow()).write(planned));
    }

    private static Path writeKeelDdl(String fileName, String sql) {
        try {
            Path directory = Files.createTempDirectory("keel-ddl");
            return Files.writeString(directory.resolve(fileName), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not stage its own DDL: " + e.getMessage(), e);
        }
    }

    private static void deleteKeelDdl(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException ignored) {
            // A leftover temporary file harms nothing.
        }
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
