package dev.keel.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.CheckConstraint;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.IndexColumn;
import dev.keel.core.model.db.ReferentialAction;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import dev.keel.core.model.db.UniqueKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample project's schema.sql, byte for byte as users write it for Supabase. */
class SampleSchemaTest {

    private static final Path SAMPLE = Path.of("../sample-specs/projects/schema.sql");

    private static DatabaseSchema schema;
    private static Diagnostics diagnostics;

    @BeforeAll
    static void read() {
        diagnostics = new Diagnostics();
        schema = new DdlReader().read(List.of(SAMPLE), diagnostics);
    }

    @Test
    void readsBothTablesAsPostgres() {
        assertThat(diagnostics.hasErrors()).as(diagnostics.all().toString()).isFalse();
        assertThat(schema.dialect()).isEqualTo(SqlDialect.POSTGRES);
        assertThat(schema.tables()).extracting(Table::name).containsExactly("projects", "users");
        assertThat(users().file()).isEqualTo(SAMPLE.toString());
        assertThat(users().line()).isEqualTo(1);
        assertThat(projects().line()).isEqualTo(11);
    }

    @Test
    void skipsRowLevelSecurityAndPolicyWithLocatedWarnings() {
        assertThat(diagnostics.all()).hasSize(2).allMatch(d -> d.severity() == Diagnostic.Severity.WARNING)
                .allMatch(d -> d.file().equals(SAMPLE.toString()));
        Diagnostic rls = diagnostics.all().get(0);
        assertThat(rls.line()).isEqualTo(21);
        assertThat(rls.pointer()).isEqualTo("projects");
        assertThat(rls.message()).contains("ALTER TABLE projects ENABLE ROW LEVEL SECURITY");
        Diagnostic policy = diagnostics.all().get(1);
        assertThat(policy.line()).isEqualTo(23);
        assertThat(policy.pointer()).isEqualTo("projects");
        assertThat(policy.message()).contains("CREATE POLICY \"Users can only see own projects\"");
    }

    @Test
    void usersColumnsKeepKindsNullabilityAndDefaults() {
        assertThat(users().columns()).extracting(Column::name).containsExactly(
                "id", "email", "password_hash", "name", "role", "created_at", "updated_at");
        assertThat(users().columns()).extracting(Column::kind).containsExactly(
                ColumnKind.UUID, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT,
                ColumnKind.TIMESTAMP_TZ, ColumnKind.TIMESTAMP_TZ);
        assertThat(users().columns()).extracting(Column::nullable).containsExactly(
                false, false, false, false, false, true, true);
        Column id = column(users(), "id");
        assertThat(id.hasDefault()).isTrue();
        assertThat(id.defaultExpression()).contains("uuid_generate_v4()");
        assertThat(id.identity()).isFalse();
        Column createdAt = column(users(), "created_at");
        assertThat(createdAt.hasDefault()).isTrue();
        assertThat(createdAt.defaultExpression()).contains("current_timestamp");
        assertThat(createdAt.sqlType()).isEqualTo("timestamp with time zone");
        assertThat(column(users(), "email").hasDefault()).isFalse();
        assertThat(column(users(), "email").sqlType()).isEqualTo("text");
        assertThat(column(users(), "email").length()).isEmpty();
    }

    @Test
    void primaryAndUniqueKeys() {
        assertThat(users().primaryKey()).containsExactly("id");
        assertThat(users().uniqueKeys()).containsExactly(new UniqueKey("users_email_key", List.of("email")));
        assertThat(users().isUniqueColumn("email")).isTrue();
        assertThat(users().isUniqueColumn("name")).isFalse();
        assertThat(projects().primaryKey()).containsExactly("id");
        assertThat(projects().uniqueKeys()).isEmpty();
    }

    @Test
    void checkInListsBecomeAllowedValues() {
        assertThat(column(users(), "role").allowedValues()).containsExactly("user", "admin");
        assertThat(column(projects(), "status").allowedValues()).containsExactly("active", "completed", "archived");
        assertThat(column(projects(), "name").allowedValues()).isEmpty();
        assertThat(users().checks()).extracting(CheckConstraint::name).containsExactly("users_role_check");
        assertThat(users().checks().get(0).expression()).isEqualTo("role in ('user', 'admin')");
    }

    @Test
    void foreignKeyCascadesOnDelete() {
        assertThat(projects().foreignKeys()).containsExactly(new ForeignKey("projects_user_id_fkey",
                List.of("user_id"), "public", "users", List.of("id"), ReferentialAction.CASCADE));
        assertThat(column(projects(), "user_id").nullable()).isFalse();
        assertThat(column(projects(), "description").nullable()).isTrue();
        assertThat(column(projects(), "status").nullable()).isTrue();
        assertThat(users().foreignKeys()).isEmpty();
    }

    @Test
    void indexesKeepPartialConditionAndDescendingOrder() {
        assertThat(projects().indexes()).containsExactly(
                new Index("idx_projects_created_at", List.of(new IndexColumn("created_at", true)), false,
                        Optional.empty()),
                new Index("idx_projects_status", List.of(new IndexColumn("status", false)), false,
                        Optional.of("status <> 'archived'")),
                new Index("idx_projects_user_id", List.of(new IndexColumn("user_id", false)), false,
                        Optional.empty()));
        assertThat(users().indexes()).isEmpty();
    }

    @Test
    void readingTwiceGivesAnEqualModel() {
        assertThat(new DdlReader(SqlDialect.POSTGRES).read(List.of(SAMPLE), new Diagnostics())).isEqualTo(schema);
    }

    private static Table users() {
        return schema.table("users").orElseThrow();
    }

    private static Table projects() {
        return schema.table("projects").orElseThrow();
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }
}
