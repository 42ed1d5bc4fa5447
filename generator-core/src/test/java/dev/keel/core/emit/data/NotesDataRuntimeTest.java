package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.testing.compile.JavaFileObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A resource without owner, with an optimistic lock, renamed and transient properties, an integer enum and a plain
 * array list, generated from {@code data/notes.yaml} and run over a PostgreSQL started here; and the application's
 * own service or handler replacing the generated one.
 */
class NotesDataRuntimeTest {

    private static final String PACKAGE = "com.example.notes";
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    private static EmbeddedPostgres postgres;
    private static GeneratedDataApp app;
    private static URLClassLoader loader;
    private static ConfigurableApplicationContext context;
    private static DSLContext sql;
    private static Object service;

    @BeforeAll
    static void boot() throws Exception {
        postgres = EmbeddedPostgres.start();
        DSL.using(postgres.getPostgresDatabase(), SQLDialect.POSTGRES)
                .execute(Files.readString(Path.of("src/test/resources/data/notes.sql")));
        app = GeneratedDataApp.generate(Path.of("src/test/resources/data/notes.yaml"),
                List.of(Path.of("src/test/resources/data/notes.sql")), PACKAGE, userSources());
        loader = app.loader(NotesDataRuntimeTest.class.getClassLoader());
        ExecuteListener counter = GeneratedDataApp.countingStatements(STATEMENTS);
        context = run(beans -> beans.registerBean("statementCounter", DefaultExecuteListenerProvider.class,
                () -> new DefaultExecuteListenerProvider(counter)));
        sql = context.getBean(DSLContext.class);
        service = context.getBean(loader.loadClass(app.data("NoteService")));
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
    void empty() {
        sql.execute("DELETE FROM memos");
    }

    @Test
    void createTakesTheDatabaseDefaultsAndReplaceFollowsTheVersion() throws Throwable {
        Object created = create("Groceries", "groceries", 1);
        Long id = (Long) Reflect.get(created, "id");
        assertThat(Reflect.get(created, "version")).isEqualTo(0);
        assertThat(Reflect.get(created, "modifiedOn")).as("set by updates only").isNull();
        assertThat(Reflect.get(created, "wordCount")).as("transient").isNull();
        assertThat(sql.fetchValue("SELECT heading FROM memos WHERE id = ?", id)).isEqualTo("Groceries");

        Object replaced = Reflect.call(service, "replace", id, write("Shopping", "shopping", 3, 0));
        assertThat(Reflect.get(replaced, "title")).isEqualTo("Shopping");
        assertThat(Reflect.get(replaced, "priority")).hasToString("3");
        assertThat(Reflect.get(replaced, "version")).isEqualTo(1);
        assertThat(Reflect.get(replaced, "modifiedOn")).isInstanceOf(OffsetDateTime.class);

        Throwable stale = catchThrowable(() -> Reflect.call(service, "replace", id, write("Old", "old", 1, 0)));
        assertProblem(stale, 409, "CONFLICT");
        assertThat(Reflect.get(((List<?>) Reflect.get(stale, "details")).get(0), "field")).isEqualTo("version");
        assertThat(sql.fetchValue("SELECT heading FROM memos WHERE id = ?", id)).isEqualTo("Shopping");

        Object unchecked = Reflect.call(service, "replace", id, write("Any", "any", 2, null));
        assertThat(Reflect.get(unchecked, "version")).as("no version sent: no check, still counted").isEqualTo(2);

        Throwable missing = catchThrowable(() -> Reflect.call(service, "replace", id + 1000, write("X", "x", 1, 2)));
        assertProblem(missing, 404, "NOT_FOUND");
        assertThat(missing).hasMessage("No note with id " + (id + 1000) + ".");
    }

    @Test
    void concurrentReplacesOfTheSameVersionLetExactlyOneWin() throws Throwable {
        Long id = (Long) Reflect.get(create("Race", "race", 1), "id");
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Object body = write("Writer " + i, "race", 2, 0);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return catchThrowable(() -> Reflect.call(service, "replace", id, body));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Throwable> outcome : outcomes) {
                Throwable failure = outcome.get();
                if (failure == null) {
                    won++;
                } else {
                    assertProblem(failure, 409, "CONFLICT");
                }
            }
            assertThat(won).as("replaces that won the version 0 race").isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(sql.fetchValue("SELECT version FROM memos WHERE id = ?", id)).hasToString("1");
    }

    @Test
    void aPlainListFiltersByAnyOfThePrioritiesInOneStatement() throws Throwable {
        create("Low", "low", 1);
        create("Middle", "middle", 2);
        create("High", "high", 3);

        STATEMENTS.set(0);
        Object rows = Reflect.call(service, "list", List.of(priority(1), priority(3)), "title:desc");

        assertThat(STATEMENTS.get()).as("no count for a plain array").isEqualTo(1);
        assertThat(((List<?>) rows).stream().map(row -> Reflect.get(row, "title"))).containsExactly("Low", "High");
        assertThat((List<?>) Reflect.call(service, "list", null, null)).hasSize(3);
        Object sameShapeOtherValues = Reflect.call(service, "list", List.of(priority(2), priority(3)), "title:desc");
        assertThat(((List<?>) sameShapeOtherValues).stream().map(row -> Reflect.get(row, "title")))
                .as("an IN list's values have no names, so its SQL is rendered again with them")
                .containsExactly("Middle", "High");
    }

    @Test
    void aDuplicateSlugIsA409NamingTheSlug() throws Throwable {
        create("First", "same", 1);

        Throwable duplicate = catchThrowable(() -> create("Second", "same", 2));

        assertThat(duplicate).isInstanceOf(DataIntegrityViolationException.class);
        Class<?> handler = loader.loadClass(app.data("DataIntegrityProblemHandler"));
        Object problem = handler.getMethod("problemFor", DataIntegrityViolationException.class).invoke(null, duplicate);
        assertThat(Reflect.get(problem, "status")).isEqualTo(409);
        assertThat(Reflect.get(((List<?>) Reflect.get(problem, "details")).get(0), "field")).isEqualTo("slug");
    }

    @Test
    void deleteAnswers404TheSecondTime() throws Throwable {
        Long id = (Long) Reflect.get(create("Gone", "gone", 1), "id");

        Reflect.call(service, "delete", id);

        assertProblem(catchThrowable(() -> Reflect.call(service, "delete", id)), 404, "NOT_FOUND");
    }

    @Test
    void aServiceSubclassDeclaredByTheApplicationReplacesTheGeneratedService() throws Throwable {
        Long id = (Long) Reflect.get(create("Quiet", "quiet", 1), "id");
        Class<?> shouting = loader.loadClass(PACKAGE + ".custom.ShoutingNoteService");

        try (ConfigurableApplicationContext custom = run(beans -> beans.registerBean(shouting))) {
            Object noteService = custom.getBean(loader.loadClass(app.data("NoteService")));
            assertThat(noteService.getClass().getName()).startsWith(shouting.getName());
            Object handler = custom.getBean(loader.loadClass(PACKAGE + ".api.NotesHandler"));
            assertThat(handler.getClass().getName()).isEqualTo(app.data("NoteCrudHandler"));

            Object note = Reflect.call(handler, "getNote", id);

            assertThat(Reflect.get(note, "title")).isEqualTo("QUIET");
        }
    }

    @Test
    void aHandlerDeclaredByTheApplicationReplacesTheGeneratedHandler() throws Exception {
        Class<?> fixed = loader.loadClass(PACKAGE + ".custom.FixedNotesHandler");

        try (ConfigurableApplicationContext custom = run(beans -> beans.registerBean(fixed))) {
            assertThat(custom.getBean(loader.loadClass(PACKAGE + ".api.NotesHandler"))).isInstanceOf(fixed);
            assertThat(custom.getBeanNamesForType(loader.loadClass(app.data("NoteCrudHandler")))).isEmpty();
            assertThat(custom.getBeanNamesForType(loader.loadClass(app.data("NoteService"))))
                    .containsExactly("keelNoteService");
        }
    }

    private static ConfigurableApplicationContext run(Consumer<GenericApplicationContext> beans) throws Exception {
        Class<?> main = loader.loadClass(PACKAGE + ".NotesApiApplication");
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), main);
        application.addInitializers(initialized -> beans.accept((GenericApplicationContext) initialized));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return application.run("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
                    "--KEEL_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--KEEL_DB_USER=postgres",
                    "--KEEL_DB_PASSWORD=postgres", "--KEEL_REDIS_URL=redis://127.0.0.1:2");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Object create(String title, String slug, int priority) throws Throwable {
        return Reflect.call(service, "create", write(title, slug, priority, null));
    }

    private static Object write(String title, String slug, int priority, Integer version) throws Exception {
        return Reflect.record(loader.loadClass(app.model("NoteWrite")), title, slug, priority(priority), version);
    }

    private static Object priority(int value) {
        try {
            return loader.loadClass(app.model("Priority")).getMethod("fromValue", long.class).invoke(null, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(Throwable failure, int status, String code) {
        assertThat(failure).isNotNull();
        assertThat(failure.getClass().getSimpleName()).as(String.valueOf(failure)).isEqualTo("ApiProblemException");
        assertThat(Reflect.get(failure, "status")).isEqualTo(status);
        assertThat(Reflect.get(failure, "code")).isEqualTo(code);
    }

    /** What an application might declare: a service subclass and a handler of its own, neither a component. */
    private static List<javax.tools.JavaFileObject> userSources() {
        return List.of(
                JavaFileObjects.forSourceString(PACKAGE + ".custom.ShoutingNoteService", """
                        package com.example.notes.custom;

                        import com.example.notes.data.NoteRepository;
                        import com.example.notes.data.NoteService;
                        import com.example.notes.model.Note;

                        public class ShoutingNoteService extends NoteService {

                            public ShoutingNoteService(NoteRepository repository) {
                                super(repository);
                            }

                            @Override
                            public Note get(Long id) {
                                Note note = super.get(id);
                                return note.toBuilder().title(note.title().toUpperCase()).build();
                            }
                        }
                        """),
                JavaFileObjects.forSourceString(PACKAGE + ".custom.FixedNotesHandler", """
                        package com.example.notes.custom;

                        import com.example.notes.api.NotesHandler;
                        import com.example.notes.model.Note;
                        import com.example.notes.model.Priority;
                        import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

                        public class FixedNotesHandler implements NotesHandler {

                            @Override
                            public List<Note> listNotes(List<Priority> priority, String sort) {
                                return List.of();
                            }
                        }
                        """));
    }
}
