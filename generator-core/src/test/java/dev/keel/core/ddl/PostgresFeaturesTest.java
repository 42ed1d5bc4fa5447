package dev.keel.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.IndexColumn;
import dev.keel.core.model.db.ReferentialAction;
import dev.keel.core.model.db.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL DDL beyond the sample: enum types, functions, ALTER TABLE keys, Supabase's auth.users. */
class PostgresFeaturesTest {

    private static final Path DDL = Path.of("src/test/resources/ddl/postgres-features.sql");

    private static DatabaseSchema schema;
    private static Diagnostics diagnostics;

    @BeforeAll
    static void read() {
        diagnostics = new Diagnostics();
        schema = new DdlReader().read(List.of(DDL), diagnostics);
    }

    @Test
    void skipsExtensionFunctionAndGrantWithWarningsAndNoErrors() {
        assertThat(diagnostics.hasErrors()).as(diagnostics.all().toString()).isFalse();
        assertThat(diagnostics.all()).extracting(Diagnostic::line).containsExactly(1, 5, 35, 37);
        assertThat(diagnostics.all().get(1).message()).contains("CREATE OR REPLACE FUNCTION touch()");
        assertThat(schema.tables()).extracting(Table::name).containsExactly("entries", "entry_links", "profiles");
    }

    @Test
    void enumTypeColumnAllowsTheTypesValues() {
        Column mood = entries().column("mood").orElseThrow();
        assertThat(mood.kind()).isEqualTo(ColumnKind.ENUM);
        assertThat(mood.sqlType()).isEqualTo("mood");
        assertThat(mood.allowedValues()).containsExactly("sad", "ok", "happy");
    }

    @Test
    void columnKinds() {
        assertThat(entries().columns()).extracting(Column::kind).containsExactly(
                ColumnKind.BIGINT, ColumnKind.ENUM, ColumnKind.NUMERIC, ColumnKind.JSONB, ColumnKind.ARRAY,
                ColumnKind.VARCHAR, ColumnKind.DATE, ColumnKind.TIMESTAMP, ColumnKind.BOOLEAN,
                ColumnKind.TIMESTAMP_TZ);
        Column id = entries().column("id").orElseThrow();
        assertThat(id.identity()).as("BIGSERIAL").isTrue();
        assertThat(id.hasDefault()).isTrue();
        assertThat(entries().column("active").orElseThrow().defaultExpression()).contains("true");
        assertThat(entries().checks()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("amount_positive"));
        assertThat(entries().column("amount").orElseThrow().allowedValues()).isEmpty();
    }

    @Test
    void alterTableForeignKeysKeepTheirActionsAndUnnamedIndexGetsPostgresName() {
        assertThat(links().primaryKey()).containsExactly("entry_id", "other_id");
        assertThat(links().foreignKeys()).containsExactly(
                new ForeignKey("entry_links_other_id_fkey", List.of("other_id"), "public", "entries", List.of("id"),
                        ReferentialAction.NO_ACTION),
                new ForeignKey("fk_entry", List.of("entry_id"), "public", "entries", List.of("id"),
                        ReferentialAction.RESTRICT));
        assertThat(entries().indexes()).containsExactly(new Index("entries_code_idx",
                List.of(new IndexColumn("code", false)), true, Optional.empty()));
    }

    @Test
    void foreignKeyToSupabaseAuthIsLeftOutWithAWarning() {
        Table profiles = schema.table("profiles").orElseThrow();
        assertThat(profiles.foreignKeys()).isEmpty();
        assertThat(profiles.primaryKey()).containsExactly("id");
        assertThat(diagnostics.all().get(3).message()).contains("auth.users");
        assertThat(profiles.columns()).extracting(Column::name).containsExactly("id", "displayName", "nickname");
    }

    private static Table entries() {
        return schema.table("entries").orElseThrow();
    }

    private static Table links() {
        return schema.table("entry_links").orElseThrow();
    }
}
