package dev.keel.core;

import dev.keel.core.check.SnapshotStage;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.contracttest.ContractTestEmitters;
import dev.keel.core.emit.deploy.DeploymentStage;
import dev.keel.core.emit.resources.BuiltInTemplates;
import dev.keel.core.migrate.MigrationStage;
import dev.keel.core.migrate.PlannedMigration;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.write.IncrementalRun;
import dev.keel.core.write.OutputWriter;
import dev.keel.core.write.WriteReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The last stage of a run, once every other succeeded: writes the files (or, in a dry run, says what it would
 * write), the new migration, the contract snapshot, and remembers the inputs for the next incremental run.
 */
final class RunOutcome {

    private RunOutcome() {
    }

    static GenerationResult write(EmitContext context, List<GeneratedFile> files, Optional<PlannedMigration> migration,
            Bindings bindings, Diagnostics diagnostics, IncrementalRun incremental, long started) {
        var config = context.config();
        boolean dryRun = config.run().dryRun();
        OutputWriter writer = new OutputWriter(config.outputDirectory());
        WriteReport report = dryRun ? writer.plan(files) : writer.write(files);
        if (config.testOutputDirectory().isPresent()) {
            OutputWriter tests = new OutputWriter(config.testOutputDirectory().get());
            List<GeneratedFile> testFiles = ContractTestEmitters.emit(context);
            report = report.and(dryRun ? tests.plan(testFiles) : tests.write(testFiles));
        }
        reportUserFiles(config.outputDirectory(), report, diagnostics);
        Optional<WriteReport> deployment = dryRun ? Optional.empty() : DeploymentStage.write(context, files);
        BuiltInTemplates.checkOverrides(config.templateDirectory(), diagnostics);
        SnapshotStage.apply(config, context.api(), diagnostics);
        Optional<Path> newMigration = dryRun
                ? migration.map(planned -> config.migrationDirectory().orElseThrow().resolve(planned.fileName()))
                : MigrationStage.write(config, migration);
        int operations = context.api().operations().size();
        int schemas = context.api().schemas().size();
        incremental.store(operations, schemas, files.size());
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> !d.isError()).toList();
        return new GenerationResult(operations, schemas, report, warnings, millis(started), bindings, newMigration,
                dryRun, false, deployment);
    }

    static GenerationResult skipped(IncrementalRun.Stored stored, long started) {
        WriteReport report = new WriteReport(List.of(), java.util.Collections.nCopies(stored.files(), ""), List.of());
        return new GenerationResult(stored.operations(), stored.schemas(), report, List.of(), millis(started),
                Bindings.NONE, Optional.empty(), false, true);
    }

    /** Warnings naming every file of the user's that Keel left alone or copied aside before replacing. */
    private static void reportUserFiles(Path outputDirectory, WriteReport report, Diagnostics diagnostics) {
        for (String foreign : report.foreign()) {
            diagnostics.warning(outputDirectory.resolve(foreign).toString(), 0, "", "Keel did not write this file "
                    + "and leaves it alone; the output directory is Keel's, so keep your code under src/main/java");
        }
        for (String edited : report.backedUp()) {
            diagnostics.warning(outputDirectory.resolve(edited).toString(), 0, "", "this generated file was edited "
                    + "since Keel wrote it; your version is kept in " + outputDirectory.resolve(
                            OutputWriter.BACKUP_DIRECTORY).resolve(edited) + " and the generated one replaces it");
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
