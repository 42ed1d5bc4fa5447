package dev.keel.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.model.db.SqlDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keel's migrations applied by Flyway to a real PostgreSQL 14 (embedded, with its {@code uuid-ossp} extension):
 * V1 from the sample schema.sql, rows inserted, the DDL changed, V2 planned and applied on the same database.
 */
class MigrationEvolutionTest {

    private static final Path SAMPLE = Path.of("../sample-specs/projects/schema.sql");
    /** The sample with a nullable column, a value more in a CHECK, and a table whose rows cascade with projects. */
    private static final Path CHANGED = Path.of("src/test/resources/migrate/schema-v2.sql");
    /** Unnamed checks, a foreign key whose action changes, a partial index added: names PostgreSQL chose. */
    private static final Path ORDERS = Path.of("src/test/resources/migrate/orders-v1.sql");
    private static final Path ORDERS_CHANGED = Path.of("src/test/resources/migrate/orders-v2.sql");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgres postgres;

    @TempDir
    Path migrations;

    private DataSource database;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        String name = "evolution_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        database = postgres.getDatabase("postgres", name);
    }

    @Test
    void v2AppliesOnTheExistingDatabaseAndEveryRowSurvives() throws Exception {
        MigrationPlanner planner = new MigrationPlanner(SqlDialect.POSTGRES, false);
        Path v1 = planAndWrite(planner, SAMPLE);
        assertThat(migrate().migrationsExecuted).isEqualTo(1);
        String v1Text = Files.readString(v1);
        insertSampleRows();
        List<List<String>> users = rows("SELECT id, email, name, role, created_at FROM users ORDER BY email");
        List<List<String>> projects =
                rows("SELECT id, user_id, name, description, status, created_at FROM projects ORDER BY name");

        Path v2 = planAndWrite(planner, CHANGED);
        MigrateResult second = migrate();

        assertThat(v2.getFileName().toString()).isEqualTo("V2__keel_create_comments_add_projects_priority_and_more.sql");
        assertThat(second.migrationsExecuted).isEqualTo(1);
        assertThat(second.targetSchemaVersion).isEqualTo("2");
        assertThat(rows("SELECT id, email, name, role, created_at FROM users ORDER BY email")).isEqualTo(users);
        assertThat(rows("SELECT id, user_id, name, description, status, created_at FROM projects ORDER BY name"))
                .isEqualTo(projects);
        assertThat(rows("SELECT count(*) FROM projects WHERE priority IS NULL")).containsExactly(List.of("3"));
        assertThat(Files.readString(v1)).as("V1 is never rewritten").isEqualTo(v1Text);
        assertThat(MigrationFile.readDirectory(migrations)).extracting(MigrationFile::fileName)
                .containsExactly(v1.getFileName().toString(), v2.getFileName().toString());

        execute("INSERT INTO projects (user_id, name, status, priority) "
                + "SELECT id, 'Pond', 'paused', 2 FROM users WHERE email = 'ada@example.com'");
        execute("INSERT INTO comments (project_id, body) SELECT id, 'Fish first' FROM projects WHERE name = 'Pond'");
        assertThat(rows("SELECT c.body, p.priority FROM comments c JOIN projects p ON p.id = c.project_id"))
                .containsExactly(List.of("Fish first", "2"));
        assertThatThrownBy(() -> execute("INSERT INTO projects (user_id, name, status) "
                + "SELECT id, 'Lost', 'lost' FROM users WHERE email = 'ada@example.com'"))
                .hasMessageContaining("projects_status_check");
        execute("DELETE FROM projects WHERE name = 'Pond'");
        assertThat(rows("SELECT count(*) FROM comments")).as("ON DELETE CASCADE came along")
                .containsExactly(List.of("0"));

        assertThat(planner.plan(List.of(CHANGED), MigrationFile.readDirectory(migrations)).migration())
                .as("the migrations now create the DDL's schema").isEmpty();
    }

    @Test
    void allowedDropColumnAppliesAndKeepsEveryRow() throws Exception {
        planAndWrite(new MigrationPlanner(SqlDialect.POSTGRES, false), SAMPLE);
        migrate();
        insertSampleRows();
        List<List<String>> projects = rows("SELECT id, name, status FROM projects ORDER BY name");
        Path withoutDescription = migrations.getParent().resolve("schema-without-description.sql");
        Files.writeString(withoutDescription, Files.readString(SAMPLE).replace("  description TEXT,\n", ""),
                StandardCharsets.UTF_8);

        MigrationPlanner destructive = new MigrationPlanner(SqlDialect.POSTGRES, true);
        planAndWrite(destructive, withoutDescription);

        assertThat(migrate().migrationsExecuted).isEqualTo(1);
        assertThat(rows("SELECT id, name, status FROM projects ORDER BY name")).isEqualTo(projects);
        assertThat(rows("SELECT count(*) FROM information_schema.columns "
                + "WHERE table_name = 'projects' AND column_name = 'description'")).containsExactly(List.of("0"));
        assertThat(destructive.plan(List.of(withoutDescription), MigrationFile.readDirectory(migrations)).migration())
                .isEmpty();
    }

    @Test
    void changedConstraintsAreDroppedByTheNamesPostgresGaveThem() throws Exception {
        MigrationPlanner planner = new MigrationPlanner(SqlDialect.POSTGRES, false);
        planAndWrite(planner, ORDERS);
        migrate();
        execute("INSERT INTO \"Order\" (\"Total\", note) VALUES (12.50, 'first'), (99.99, NULL)");
        execute("INSERT INTO items (order_id, sku, qty) VALUES (1, 'PEN', 5), (1, 'INK', 50), (2, 'PAD', 1)");
        List<List<String>> items = rows("SELECT id, order_id, sku, qty FROM items ORDER BY id");
        List<List<String>> orders = rows("SELECT id, \"Total\", note FROM \"Order\" ORDER BY id");

        planAndWrite(planner, ORDERS_CHANGED);

        assertThat(migrate().migrationsExecuted).isEqualTo(1);
        assertThat(rows("SELECT id, order_id, sku, qty FROM items ORDER BY id")).isEqualTo(items);
        assertThat(rows("SELECT id, \"Total\", note FROM \"Order\" ORDER BY id")).isEqualTo(orders);
        assertThatThrownBy(() -> execute("INSERT INTO items (sku, qty) VALUES ('BIG', 150)"))
                .hasMessageContaining("items_qty_check");
        assertThatThrownBy(() -> execute("INSERT INTO items (sku, qty) VALUES ('PEN', 1)"))
                .hasMessageContaining("items_sku_key");
        assertThat(rows("SELECT indexdef FROM pg_indexes WHERE indexname = 'items_large'"))
                .containsExactly(List.of("CREATE INDEX items_large ON public.items USING btree (qty) WHERE (qty > 10)"));
        execute("DELETE FROM \"Order\" WHERE id = 1");
        assertThat(rows("SELECT sku, order_id FROM items WHERE sku IN ('PEN', 'INK') ORDER BY sku"))
                .as("ON DELETE SET NULL replaced ON DELETE CASCADE")
                .containsExactly(Arrays.asList("INK", null), Arrays.asList("PEN", null));
        assertThat(planner.plan(List.of(ORDERS_CHANGED), MigrationFile.readDirectory(migrations)).migration())
                .isEmpty();
    }

    private Path planAndWrite(MigrationPlanner planner, Path ddl) {
        MigrationPlan plan = planner.plan(List.of(ddl), MigrationFile.readDirectory(migrations));
        assertThat(plan.hasErrors()).as(plan.diagnostics().toString()).isFalse();
        return new MigrationWriter(migrations).write(plan.migration().orElseThrow());
    }

    private MigrateResult migrate() {
        return Flyway.configure().dataSource(database).locations("filesystem:" + migrations).load().migrate();
    }

    private void insertSampleRows() throws SQLException {
        execute("INSERT INTO users (email, password_hash, name, role) VALUES "
                + "('ada@example.com', 'h1', 'Ada', 'admin'), ('bob@example.com', 'h2', 'Bob', 'user')");
        execute("INSERT INTO projects (user_id, name, description, status) "
                + "SELECT id, 'Garden', 'Beds and paths', 'active' FROM users WHERE email = 'ada@example.com'");
        execute("INSERT INTO projects (user_id, name, description, status) "
                + "SELECT id, 'Shed', NULL, 'archived' FROM users WHERE email = 'ada@example.com'");
        execute("INSERT INTO projects (user_id, name, status) "
                + "SELECT id, 'Kiln', 'completed' FROM users WHERE email = 'bob@example.com'");
        assertThat(rows("SELECT count(*) FROM users WHERE id IS NOT NULL")).as("uuid_generate_v4() gave the ids")
                .containsExactly(List.of("2"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row as the text of its columns, so rows before and after a migration compare with equals. */
    private List<List<String>> rows(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
