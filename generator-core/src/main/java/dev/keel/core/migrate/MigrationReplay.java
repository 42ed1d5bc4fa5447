package dev.keel.core.migrate;

import dev.keel.core.ddl.DdlReader;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema the existing migrations create. Each migration is read by Keel's DDL reader on top of the schema
 * the ones before it create, written out with every constraint named: a database names an unnamed constraint
 * when it creates it, so a later {@code DROP CONSTRAINT users_role_check} must find it by that name.
 *
 * <p>An error in a migration is reported with its file name; the reader's warnings (skipped statements, Keel's
 * own {@code CREATE EXTENSION}) are not, the DDL's reading reports the same ones.
 */
final class MigrationReplay {

    private final SqlDialect dialect;

    MigrationReplay(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The schema after the migrations, given in version order; empty when one of them has errors. */
    Optional<NamedSchema> replay(List<MigrationFile> migrations, Diagnostics diagnostics) {
        Optional<NamedSchema> schema = Optional.empty();
        for (MigrationFile migration : migrations) {
            List<DdlReader.Source> sources = new ArrayList<>();
            schema.ifPresent(before -> sources.add(new DdlReader.Source("the schema before " + migration.fileName(),
                    before.script(new SqlRenderer(before.dialect())))));
            sources.add(new DdlReader.Source(migration.fileName(), migration.content()));
            Diagnostics reading = new Diagnostics();
            DdlReader.Reading read = new DdlReader(dialect).readSources(sources, reading);
            if (reading.hasErrors()) {
                reading.all().stream().filter(Diagnostic::isError).forEach(diagnostics::report);
                return Optional.empty();
            }
            schema = Optional.of(NamedSchema.of(read));
        }
        return schema;
    }
}
