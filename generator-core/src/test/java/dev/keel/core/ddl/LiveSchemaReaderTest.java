package dev.keel.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.LiveDatabase;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.diag.GenerationFailedException;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample schema created in an embedded PostgreSQL and read back live, against the same DDL read from file. */
class LiveSchemaReaderTest {

    private static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");
    private static final Path DDL = Path.of("../sample-specs/projects/schema.sql");
    private static final String PASSWORD = "s3cret-pw";

    private static EmbeddedPostgres postgres;

    @TempDir
    Path output;

    @BeforeAll
    static void createSampleSchema() throws IOException, SQLException {
        postgres = EmbeddedPostgres.start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"");
            statement.execute("ALTER USER postgres PASSWORD '" + PASSWORD + "'");
            for (String sql : Files.readString(DDL).split(";")) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    // The Supabase policy refers to auth.uid(), which plain PostgreSQL lacks.
                    assertThat(sql).contains("CREATE POLICY");
                }
            }
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void readsTheSameTablesAsTheDdlFile() {
        Diagnostics diagnostics = new Diagnostics();
        DatabaseSchema live = new LiveSchemaReader(database(PASSWORD)).read(diagnostics).orElseThrow().schema();
        DatabaseSchema file = new DdlReader().read(List.of(DDL), new Diagnostics());

        assertThat(diagnostics.all()).as(diagnostics.all().toString()).isEmpty();
        assertThat(live.dialect()).isEqualTo(SqlDialect.POSTGRES);
        assertThat(live.tables()).extracting(Table::name).containsExactly("projects", "users");
        for (Table expected : file.tables()) {
            Table actual = live.table(expected.name()).orElseThrow();
            assertThat(comparable(actual)).as(expected.name()).isEqualTo(comparable(expected));
        }
    }

    @Test
    void readsWhatOnlyTheCatalogKnows() {
        DatabaseSchema live = new LiveSchemaReader(database(PASSWORD)).read(new Diagnostics()).orElseThrow().schema();
        Table projects = live.table("projects").orElseThrow();

        assertThat(projects.foreignKeys()).singleElement().satisfies(key ->
                assertThat(key.onDelete().toString()).isEqualTo("CASCADE"));
        assertThat(projects.column("status").orElseThrow().allowedValues())
                .containsExactly("active", "completed", "archived");
        assertThat(projects.indexes()).filteredOn(index -> index.name().equals("idx_projects_status"))
                .singleElement().satisfies(index -> assertThat(index.where()).hasValueSatisfying(
                        where -> assertThat(where).contains("status", "archived")));
        assertThat(projects.column("id").orElseThrow().hasDefault()).isTrue();
    }

    @Test
    void generatesTheDataLayerFromTheLiveDatabase(@TempDir Path migrations) throws IOException {
        GenerationResult result = new Keel().generate(config(database(PASSWORD), Optional.of(migrations)));

        assertThat(files()).contains(
                "java/com/example/app/db/tables/Projects.java",
                "java/com/example/app/db/tables/records/UsersRecord.java",
                "java/com/example/app/data/ProjectRepository.java",
                "java/com/example/app/data/KeelDataAutoConfiguration.java");
        assertThat(result.describeBindings()).contains("ProjectPatch -> projects", "  status -> projects.status");
        assertThat(result.migration()).isEmpty();
        assertThat(migrations).isEmptyDirectory();
        assertThat(result.warnings()).filteredOn(warning -> warning.message().contains("migrations are not planned"))
                .singleElement().satisfies(warning -> assertThat(warning.file()).doesNotContain(PASSWORD));
    }

    @Test
    void aConnectionFailureIsALocatedErrorWithoutThePasswordAndWritesNothing() throws IOException {
        LiveDatabase unreachable = new LiveDatabase("jdbc:postgresql://localhost:1/nowhere?password=" + PASSWORD,
                Optional.of("postgres"), Optional.of(PASSWORD));

        GenerationFailedException failure = catchThrowableOfType(GenerationFailedException.class,
                () -> new Keel().generate(config(unreachable, Optional.empty())));

        assertThat(failure.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("jdbc:postgresql://localhost:1/nowhere?password=***");
            assertThat(error.message()).startsWith("cannot read the tables of the database at "
                    + "jdbc:postgresql://localhost:1/nowhere?password=***");
        });
        assertThat(failure.getMessage()).doesNotContain(PASSWORD);
        assertThat(files()).isEmpty();
    }

    @Test
    void aMissingDatabaseIsAnErrorToo() {
        Diagnostics diagnostics = new Diagnostics();
        LiveDatabase missing = new LiveDatabase(postgres.getJdbcUrl("postgres", "no_such_db"), Optional.empty(),
                Optional.empty());

        assertThat(new LiveSchemaReader(missing).read(diagnostics)).isEmpty();
        assertThat(diagnostics.all()).singleElement().satisfies(error -> {
            assertThat(error.isError()).isTrue();
            assertThat(error.message()).contains("no_such_db", "does not exist");
        });
    }

    @Test
    void postgresAnyArrayChecksReadAsInLists() {
        assertThat(LiveSchemaReader.definition(
                "CHECK ((status = ANY (ARRAY['active'::text, 'it''s'::text])))"))
                .isEqualTo("CHECK (\"status\" IN ('active', 'it''s'))");
        assertThat(LiveSchemaReader.definition(
                "CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"))
                .isEqualTo("CHECK (\"kind\" IN ('a', 'b'))");
        assertThat(LiveSchemaReader.definition("CHECK ((price > 0))")).isEqualTo("CHECK ((price > 0))");
    }

    @Test
    void theUrlIsShownWithoutItsPassword() {
        assertThat(new LiveDatabase("jdbc:postgresql://app:pw@db:5432/app", Optional.empty(), Optional.empty())
                .redactedUrl()).isEqualTo("jdbc:postgresql://app:***@db:5432/app");
        assertThat(new LiveDatabase("jdbc:postgresql://db/app?user=a&password=pw&ssl=true", Optional.empty(),
                Optional.empty()).redactedUrl()).isEqualTo("jdbc:postgresql://db/app?user=a&password=***&ssl=true");
    }

    /** What DDL files and a live database both know of a table: not source lines, nor default texts. */
    private static String comparable(Table table) {
        StringBuilder text = new StringBuilder(table.name()).append(" pk ").append(table.primaryKey()).append('\n');
        for (Column column : table.columns()) {
            text.append(column.name()).append(' ').append(column.kind()).append(column.nullable() ? " null" : "")
                    .append(column.hasDefault() ? " default" : "").append(' ').append(column.allowedValues())
                    .append('\n');
        }
        text.append(table.uniqueKeys()).append('\n').append(table.foreignKeys()).append('\n');
        for (Index index : table.indexes()) {
            text.append(index.name()).append(' ').append(index.columns()).append(index.unique() ? " unique" : "")
                    .append(index.where().isPresent() ? " partial" : "").append('\n');
        }
        table.checks().forEach(check -> text.append("check ").append(check.name()).append('\n'));
        return text.toString();
    }

    private static LiveDatabase database(String password) {
        return new LiveDatabase(postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"),
                Optional.of(password));
    }

    private KeelConfig config(LiveDatabase database, Optional<Path> migrations) {
        return new KeelConfig(SPEC, List.of(), "com.example.app", output, Optional.empty(), migrations, false,
                Optional.of(database));
    }

    private List<String> files() throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(output)) {
            return paths.filter(Files::isRegularFile).map(path -> output.relativize(path).toString()).sorted().toList();
        }
    }
}
