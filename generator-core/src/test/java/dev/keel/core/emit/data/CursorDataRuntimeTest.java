package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A list marked {@code x-keel-pagination: cursor}, generated from {@code data/events.yaml} and run over a PostgreSQL
 * started here, called through the generated handler as the controller calls it.
 */
class CursorDataRuntimeTest {

    private static final String PACKAGE = "com.example.events";
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    private static EmbeddedPostgres postgres;
    private static URLClassLoader loader;
    private static ConfigurableApplicationContext context;
    private static GeneratedDataApp app;
    private static DSLContext sql;
    private static Object handler;

    @BeforeAll
    static void boot() throws Exception {
        postgres = EmbeddedPostgres.start();
        Path ddl = Path.of("src/test/resources/data/events.sql");
        DSL.using(postgres.getPostgresDatabase(), SQLDialect.POSTGRES).execute(Files.readString(ddl));
        app = GeneratedDataApp.generate(Path.of("src/test/resources/data/events.yaml"), List.of(ddl),
                PACKAGE, List.of());
        loader = app.loader(CursorDataRuntimeTest.class.getClassLoader());
        ExecuteListener counter = GeneratedDataApp.countingStatements(STATEMENTS);
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader),
                loader.loadClass(PACKAGE + ".EventsApiApplication"));
        application.addInitializers(initialized -> ((GenericApplicationContext) initialized).registerBean(
                "statementCounter", DefaultExecuteListenerProvider.class,
                () -> new DefaultExecuteListenerProvider(counter)));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            context = application.run("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
                    "--KEEL_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--KEEL_DB_USER=postgres",
                    "--KEEL_DB_PASSWORD=postgres", "--KEEL_REDIS_URL=redis://127.0.0.1:2");
        } finally {
            thread.setContextClassLoader(previous);
        }
        sql = context.getBean(DSLContext.class);
        handler = context.getBean(loader.loadClass(PACKAGE + ".api.EventsHandler"));
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

    @BeforeEach
    void fill() {
        sql.execute("TRUNCATE events RESTART IDENTITY");
        for (int i = 1; i <= 7; i++) {
            sql.execute("INSERT INTO events (kind, title) VALUES (?, ?)", i % 2 == 0 ? "even" : "odd", "event " + i);
        }
    }

    @Test
    void walkingThePagesReturnsEveryRowOnceInKeyOrderAndTheLastPageHasNoNextCursor() throws Throwable {
        List<Object> titles = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Object page = Reflect.call(handler, "listEvents", cursor, null, null);
            pages++;
            assertThat(Reflect.get(page, "limit")).as("the contract's default page size").isEqualTo(3);
            ((List<?>) Reflect.get(page, "items")).forEach(item -> titles.add(Reflect.get(item, "title")));
            cursor = (String) Reflect.get(page, "nextCursor");
            cursors.add(cursor);
        } while (cursor != null && pages < 10);

        assertThat(titles).containsExactly("event 1", "event 2", "event 3", "event 4", "event 5", "event 6",
                "event 7");
        assertThat(pages).isEqualTo(3);
        assertThat(cursors.get(0)).as("URL-safe, no padding").matches("[A-Za-z0-9_-]+");
        assertThat(cursors.get(2)).isNull();
    }

    @Test
    void aFullLastPageHasNoNextCursor() throws Throwable {
        Object first = Reflect.call(handler, "listEvents", null, 4, null);
        Object last = Reflect.call(handler, "listEvents", Reflect.get(first, "nextCursor"), 3, null);

        assertThat((List<?>) Reflect.get(last, "items")).hasSize(3);
        assertThat(Reflect.get(last, "nextCursor")).as("the 7 rows end exactly here").isNull();
    }

    @Test
    void theFilterHoldsOnEveryPage() throws Throwable {
        Object first = Reflect.call(handler, "listEvents", null, 2, "odd");
        Object second = Reflect.call(handler, "listEvents", Reflect.get(first, "nextCursor"), 2, "odd");

        assertThat(titles(first)).containsExactly("event 1", "event 3");
        assertThat(titles(second)).containsExactly("event 5", "event 7");
        assertThat(Reflect.get(second, "nextCursor")).isNull();
    }

    @Test
    void oneRequestRunsOneStatement() throws Throwable {
        Object first = Reflect.call(handler, "listEvents", null, 2, null);

        STATEMENTS.set(0);
        Reflect.call(handler, "listEvents", Reflect.get(first, "nextCursor"), 2, null);

        assertThat(STATEMENTS.get()).isEqualTo(1);
    }

    @Test
    void aTamperedOrForeignCursorIsA400NamingTheCursor() throws Throwable {
        String cursor = (String) Reflect.get(Reflect.call(handler, "listEvents", null, 2, null), "nextCursor");
        String foreign = Base64.getUrlEncoder().encodeToString("2".getBytes(StandardCharsets.UTF_8));
        String notANumber = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("k1:two".getBytes(StandardCharsets.UTF_8));

        for (String tampered : List.of(cursor + "!", "%%%", foreign, notANumber)) {
            Throwable failure = catchThrowable(() -> Reflect.call(handler, "listEvents", tampered, 2, null));
            assertThat(failure).as(tampered).isNotNull();
            assertThat(failure.getClass().getSimpleName()).isEqualTo("ApiProblemException");
            assertThat(Reflect.get(failure, "status")).isEqualTo(400);
            Object detail = ((List<?>) Reflect.get(failure, "details")).get(0);
            assertThat(Reflect.get(detail, "field")).isEqualTo("cursor");
        }
    }

    @Test
    void theRepositorySeeksPastTheKeyWithoutOffsetOrCount() {
        String repository = app.source("EventRepository");

        assertThat(repository).contains(".and(after == null ? DSL.noCondition() : Events.EVENTS.ID.gt(after))",
                ".orderBy(Events.EVENTS.ID.asc())", ".limit(limit)");
        assertThat(repository).doesNotContain(".offset(", "fetchCount");
        assertThat(app.source("EventCrudHandler")).contains("eventService.list(cursor, limit, kind)");
    }

    private static List<Object> titles(Object page) {
        return ((List<?>) Reflect.get(page, "items")).stream().map(item -> Reflect.get(item, "title")).toList();
    }
}
