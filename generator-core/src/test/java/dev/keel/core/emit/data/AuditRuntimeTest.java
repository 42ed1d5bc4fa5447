package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit trail of {@code x-keel-audit: table} at run time: the notes contract, secured and audited, generated
 * with its migrations; the planned migration (which adds {@code keel_audit_events}) applied to a PostgreSQL started
 * here; and the generated service's create and delete recorded with the signed-in caller as actor. Also jOOQ's
 * query timeout from {@code keel.data.query-timeout}.
 */
class AuditRuntimeTest {

    private static final String PACKAGE = "com.example.audited";

    private static EmbeddedPostgres postgres;
    private static GeneratedDataApp app;
    private static String migration;
    private static URLClassLoader loader;
    private static ConfigurableApplicationContext context;
    private static DSLContext sql;
    private static Object service;

    @BeforeAll
    static void boot() throws Exception {
        Path directory = Files.createTempDirectory("keel-audit");
        Path spec = Files.writeString(directory.resolve("notes.yaml"), auditedNotes());
        List<Path> ddl = List.of(Path.of("src/test/resources/data/notes.sql"));
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        GenerationResult planned = new Keel().generate(new KeelConfig(spec, ddl, PACKAGE, directory.resolve("plan"),
                Optional.empty(), Optional.of(migrations), false));
        migration = Files.readString(planned.migration().orElseThrow());
        postgres = EmbeddedPostgres.start();
        DSL.using(postgres.getPostgresDatabase(), SQLDialect.POSTGRES).execute(migration);
        app = GeneratedDataApp.generate(spec, ddl, PACKAGE, List.of());
        loader = app.loader(AuditRuntimeTest.class.getClassLoader());
        context = run();
        sql = context.getBean(DSLContext.class);
        service = context.getBean(loader.loadClass(app.data("NoteService")));
    }

    /** The notes contract with a bearer scheme (so calls have an actor) and {@code x-keel-audit: table}. */
    private static String auditedNotes() throws Exception {
        String notes = Files.readString(Path.of("src/test/resources/data/notes.yaml"));
        return notes.replaceFirst("(?m)^servers:", "x-keel-audit: table\nsecurity:\n  - bearer: []\nservers:")
                .replaceFirst("(?m)^components:\n", "components:\n  securitySchemes:\n"
                        + "    bearer: {type: http, scheme: bearer, bearerFormat: JWT}\n");
    }

    private static ConfigurableApplicationContext run() throws Exception {
        Class<?> main = loader.loadClass(PACKAGE + ".NotesApiApplication");
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), main);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return application.run("--server.port=0", "--spring.main.banner-mode=off",
                    "--KEEL_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--KEEL_DB_USER=postgres",
                    "--KEEL_DB_PASSWORD=postgres", "--KEEL_REDIS_URL=redis://127.0.0.1:2",
                    "--keel.data.query-timeout=1s");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (context != null) {
            context.close();
        }
        if (loader != null) {
            loader.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMigrationKeelPlansCreatesTheAuditTableAfterTheContractsTables() {
        assertThat(migration).contains("CREATE TABLE memos").contains("CREATE TABLE keel_audit_events");
        assertThat(migration.indexOf("CREATE TABLE keel_audit_events"))
                .isGreaterThan(migration.indexOf("CREATE TABLE memos"));
        assertThat(migration).as("the header names its sources").contains("keel_audit_events.sql");
    }

    @Test
    void theDeleteOfANoteIsStoredWithTheCallerAsActor() throws Throwable {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("alice", null, List.of()));
        Object created = Reflect.call(service, "create", Reflect.record(loader.loadClass(app.model("NoteWrite")),
                "Audited", "audited-" + System.nanoTime(), priority(), null));
        Object id = Reflect.get(created, "id");

        Reflect.call(service, "delete", id);

        List<Map<String, Object>> events = sql.resultQuery("SELECT actor, action, resource, resource_id, outcome "
                + "FROM keel_audit_events WHERE resource_id = ? ORDER BY id", String.valueOf(id)).fetchMaps();
        assertThat(events).extracting(event -> event.get("action")).containsExactly("create", "delete");
        assertThat(events.get(1)).containsEntry("actor", "alice").containsEntry("resource", "Note")
                .containsEntry("outcome", "success");
    }

    @Test
    void aDeleteThatFindsNoRowLeavesNoAuditEvent() throws Throwable {
        long before = sql.fetchCount(DSL.table("keel_audit_events"));

        Throwable missing = catchThrowable(() -> Reflect.call(service, "delete", 987_654_321L));

        assertThat(Reflect.get(missing, "status")).isEqualTo(404);
        assertThat(sql.fetchCount(DSL.table("keel_audit_events"))).isEqualTo(before);
    }

    @Test
    void aStatementRunningLongerThanTheQueryTimeoutIsCancelled() {
        Throwable slow = catchThrowable(() -> sql.execute("SELECT pg_sleep(5)"));

        assertThat(slow).isInstanceOf(DataAccessException.class);
        assertThat(slow).rootCause().hasMessageContaining("cancel");
    }

    private static Object priority() throws Exception {
        return loader.loadClass(app.model("Priority")).getMethod("fromValue", long.class).invoke(null, 1);
    }
}
