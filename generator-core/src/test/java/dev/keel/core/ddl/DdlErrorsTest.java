package dev.keel.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad DDL is reported located by file, line and SQL object, all of it in one run, never as an exception. */
class DdlErrorsTest {

    private static final Path DIR = Path.of("src/test/resources/ddl");

    @Test
    void syntaxErrorNamesFileLineAndTable() {
        Diagnostics diagnostics = new Diagnostics();
        DatabaseSchema schema = new DdlReader().read(List.of(DIR.resolve("syntax-error.sql")), diagnostics);

        assertThat(errors(diagnostics)).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(DIR.resolve("syntax-error.sql").toString());
            assertThat(error.line()).isEqualTo(10);
            assertThat(error.pointer()).isEqualTo("notes");
            assertThat(error.message()).startsWith("SQL syntax error at column");
        });
        assertThat(schema.tables()).extracting(Table::name).containsExactly("tags");
    }

    @Test
    void unknownTypeNamesTheColumnAndItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        new DdlReader().read(List.of(DIR.resolve("unknown-type.sql")), diagnostics);

        assertThat(errors(diagnostics)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.pointer()).isEqualTo("accounts.handle");
            assertThat(error.message()).contains("unknown SQL type 'phone_number'");
        });
    }

    @Test
    void everyErrorOfEveryFileIsReportedInOneRun() {
        Diagnostics diagnostics = new Diagnostics();
        DatabaseSchema schema = new DdlReader().read(List.of(
                DIR.resolve("several-errors.sql"), DIR.resolve("unknown-type.sql")), diagnostics);

        assertThat(errors(diagnostics)).extracting(d -> Path.of(d.file()).getFileName() + ":" + d.line() + " " + d.pointer())
                .containsExactlyInAnyOrder(
                        "several-errors.sql:3 a",
                        "several-errors.sql:6 b.shape",
                        "several-errors.sql:8 idx_missing",
                        "several-errors.sql:10 ",
                        "unknown-type.sql:4 accounts.handle");
        assertThat(errors(diagnostics)).filteredOn(d -> d.line() == 8).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nowhere"));
        assertThat(schema.table("d")).isPresent();
        assertThat(schema.table("d").orElseThrow().column("note").orElseThrow().defaultExpression())
                .contains("'it''s; fine'");
    }

    @Test
    void missingFileIsAnErrorNotAnException() {
        Diagnostics diagnostics = new Diagnostics();
        DatabaseSchema schema = new DdlReader(SqlDialect.POSTGRES).read(List.of(DIR.resolve("absent.sql")), diagnostics);

        assertThat(errors(diagnostics)).singleElement()
                .satisfies(d -> assertThat(d.file()).endsWith("absent.sql"));
        assertThat(schema.tables()).isEmpty();
    }

    private static List<Diagnostic> errors(Diagnostics diagnostics) {
        return diagnostics.all().stream().filter(Diagnostic::isError).toList();
    }
}
