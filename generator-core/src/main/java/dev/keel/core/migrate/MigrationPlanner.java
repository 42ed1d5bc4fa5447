package dev.keel.core.migrate;

import dev.keel.core.ddl.DdlReader;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;

/**
 * Plans the next Flyway migration from the DDL files and the migrations already written; writes nothing.
 *
 * <p>Migrations are files the user commits and Flyway applies once each; Keel never changes one. With no
 * versioned migration yet, the plan is {@code V1__keel_create_schema.sql}: the DDL's statements exactly as
 * written (those Keel skips, such as row level security and policies, left out), after the
 * {@code CREATE EXTENSION} that PostgreSQL needs for {@code uuid_generate_v4()}. Later, the existing
 * migrations are read in version order into the schema they create, jOOQ compares it with the DDL's, and the
 * difference becomes the next version. No difference, no migration.
 *
 * <p>A step that destroys data (dropping a table or a column, narrowing a column's type) is written as a comment
 * with a warning unless destructive steps are allowed. A migration holding nothing but such comments is not
 * written: the same difference would produce it again on every run; the warnings say what to do instead.
 */
public final class MigrationPlanner {

    private static final Pattern UUID_OSSP_CREATED = Pattern.compile(
            "CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"uuid-ossp\"", Pattern.CASE_INSENSITIVE);

    private final SqlDialect dialect;
    private final boolean allowDestructive;

    /**
     * @param dialect the dialect of the DDL and of the migrations
     * @param allowDestructive whether steps that destroy data are written as statements rather than comments
     */
    public MigrationPlanner(SqlDialect dialect, boolean allowDestructive) {
        this.dialect = dialect;
        this.allowDestructive = allowDestructive;
    }

    /**
     * @param ddlFiles the DDL files, read in this order as one script
     * @param existing every file of the migration directory; only versioned migrations ({@code V<n>__*.sql})
     *     count
     */
    public MigrationPlan plan(List<Path> ddlFiles, List<MigrationFile> existing) {
        Diagnostics diagnostics = new Diagnostics();
        DdlReader.Reading desired = new DdlReader(dialect).readWithMeta(ddlFiles, diagnostics);
        if (diagnostics.hasErrors()) {
            return new MigrationPlan(Optional.empty(), diagnostics.all());
        }
        List<String> ddlNames = ddlFiles.stream().map(file -> String.valueOf(file.getFileName())).toList();
        List<MigrationFile> versioned = versioned(existing);
        if (versioned.isEmpty()) {
            boolean uuidExtension = dialect == SqlDialect.POSTGRES
                    && desired.statements().stream().anyMatch(MigrationScript::usesUuidOssp);
            String sql = MigrationScript.initial(ddlNames, desired.statements(), uuidExtension);
            return new MigrationPlan(Optional.of(new PlannedMigration("1", "V1__keel_create_schema.sql", sql)),
                    diagnostics.all());
        }
        Optional<NamedSchema> previous = new MigrationReplay(dialect).replay(versioned, diagnostics);
        if (previous.isEmpty()) {
            return new MigrationPlan(Optional.empty(), diagnostics.all());
        }
        NamedSchema wanted = NamedSchema.of(desired);
        reportChangedEnumTypes(previous.get(), wanted, ddlNames, diagnostics);
        List<MigrationStep> steps;
        try {
            steps = new SchemaDiff(new SqlRenderer(wanted.dialect()), allowDestructive).steps(previous.get(), wanted);
        } catch (DataAccessException e) {
            diagnostics.error(first(ddlNames), 0, "", "Keel cannot plan the migration from the schema the existing "
                    + "migrations create to the DDL's: " + e.getMessage().strip());
            return new MigrationPlan(Optional.empty(), diagnostics.all());
        }
        reportLeftOut(steps, wanted.tables(), ddlNames, diagnostics);
        List<MigrationStep> applied = steps.stream().filter(s -> allowDestructive || !s.destructive()).toList();
        reportDataDependent(applied, wanted.tables(), ddlNames, diagnostics);
        if (applied.isEmpty()) {
            return new MigrationPlan(Optional.empty(), diagnostics.all());
        }
        MigrationVersion version = MigrationVersion.of(versioned.get(versioned.size() - 1).fileName())
                .orElseThrow().nextMajor();
        boolean uuidExtension = dialect == SqlDialect.POSTGRES
                && applied.stream().anyMatch(step -> MigrationScript.usesUuidOssp(step.sql()))
                && existing.stream().noneMatch(file -> UUID_OSSP_CREATED.matcher(file.content()).find());
        String sql = MigrationScript.next(version, ddlNames, steps, allowDestructive, uuidExtension);
        String fileName = "V" + version + "__" + MigrationScript.description(applied) + ".sql";
        return new MigrationPlan(Optional.of(new PlannedMigration(version.toString(), fileName, sql)),
                diagnostics.all());
    }

    private static List<MigrationFile> versioned(List<MigrationFile> files) {
        return files.stream()
                .filter(file -> MigrationVersion.of(file.fileName()).isPresent())
                .sorted(Comparator.comparing(file -> MigrationVersion.of(file.fileName()).orElseThrow()))
                .toList();
    }

    private void reportLeftOut(List<MigrationStep> steps, Map<String, Table> tables, List<String> ddlNames,
            Diagnostics diagnostics) {
        if (allowDestructive) {
            return;
        }
        for (MigrationStep step : steps) {
            if (step.destructive()) {
                warn(step, "the migration leaves out '" + flat(step) + "': it would destroy "
                        + step.effect().loss().orElseThrow() + "; set allowDestructiveMigrations to apply it",
                        tables, ddlNames, diagnostics);
            }
        }
    }

    private static void reportDataDependent(List<MigrationStep> applied, Map<String, Table> tables,
            List<String> ddlNames, Diagnostics diagnostics) {
        for (MigrationStep step : applied) {
            step.effect().failsWhen().ifPresent(condition -> warn(step, "the database rejects '" + flat(step)
                    + "' when " + condition, tables, ddlNames, diagnostics));
        }
    }

    /** A warning located at the {@code CREATE TABLE} of the step's table, or at the first DDL file. */
    private static void warn(MigrationStep step, String message, Map<String, Table> tables, List<String> ddlNames,
            Diagnostics diagnostics) {
        String subject = step.effect().subject();
        Optional<Table> table = tables.values().stream()
                .filter(t -> subject.equals(t.name()) || subject.startsWith(t.name() + "."))
                .findFirst();
        diagnostics.warning(table.map(Table::file).orElse(first(ddlNames)), table.map(Table::line).orElse(0),
                subject, message);
    }

    private static String flat(MigrationStep step) {
        return step.sql().replaceAll("\\s+", " ");
    }

    private static void reportChangedEnumTypes(NamedSchema previous, NamedSchema wanted, List<String> ddlNames,
            Diagnostics diagnostics) {
        for (String type : wanted.enumTypes().changedSince(previous.enumTypes())) {
            diagnostics.warning(first(ddlNames), 0, type, "the enum type " + type + " differs from the one the "
                    + "migrations create; Keel does not migrate enum types, write that migration by hand");
        }
    }

    private static String first(List<String> ddlNames) {
        return ddlNames.isEmpty() ? "" : ddlNames.get(0);
    }
}
