package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import redis.embedded.RedisServer;

/**
 * The sample's generated services reading through the two-level cache, booted over an embedded PostgreSQL and an
 * embedded Redis: a second read is served without a statement, a write evicts, and one owner's cached answers are
 * never another's.
 */
class CachedReadsRuntimeTest {

    private static final AtomicReference<Optional<UUID>> OWNER = new AtomicReference<>(Optional.empty());
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    private static GeneratedDataApp app;
    private static URLClassLoader loader;
    private static RedisServer redis;
    private static ConfigurableApplicationContext context;
    private static DSLContext sql;
    private static Object service;
    private static MeterRegistry meters;
    private static int redisPort;

    private UUID alice;
    private UUID bob;

    @BeforeAll
    static void boot() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redisPort = port;
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).build();
        redis.start();
        app = GeneratedDataApp.sample();
        loader = app.loader(CachedReadsRuntimeTest.class.getClassLoader());
        Object owner = GeneratedDataApp.ownerResolver(loader, app.support("OwnerResolver"), OWNER);
        ExecuteListener counter = GeneratedDataApp.countingStatements(STATEMENTS);
        meters = new SimpleMeterRegistry();
        Class<?> main = loader.loadClass(app.basePackage + ".ProjectsApiApplication");
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), main);
        application.addInitializers(initialized -> {
            initialized.getBeanFactory().registerSingleton("testOwnerResolver", owner);
            initialized.getBeanFactory().registerSingleton("statementCounter",
                    new DefaultExecuteListenerProvider(counter));
            initialized.getBeanFactory().registerSingleton("testMeters", meters);
        });
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            // A long Redis timeout: one test pauses Redis, which ends a pause only on its next 100 ms tick.
            context = application.run("--server.port=0", "--KEEL_REDIS_URL=redis://127.0.0.1:" + port,
                    "--keel.cache.redis.timeout=3s",
                    "--spring.main.banner-mode=off");
        } finally {
            thread.setContextClassLoader(previous);
        }
        sql = context.getBean(DSLContext.class);
        createSchema(context.getBean(DataSource.class));
        service = context.getBean(loader.loadClass(app.data("ProjectService")));
    }

    private static void createSchema(DataSource dataSource) throws Exception {
        DSLContext plain = DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES);
        plain.execute("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"");
        for (String statement : Files.readString(GeneratedDataApp.SAMPLE_DDL).split(";")) {
            if (!statement.isBlank() && !statement.contains("CREATE POLICY")) {
                plain.execute(statement);
            }
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
        if (redis != null && redis.isActive()) {
            redis.stop();
        }
    }

    @BeforeEach
    void users() {
        CacheManager caches = context.getBean(CacheManager.class);
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        OWNER.set(Optional.empty());
        sql.execute("DELETE FROM projects");
        sql.execute("DELETE FROM users");
        alice = user("alice@example.com");
        bob = user("bob@example.com");
        OWNER.set(Optional.of(alice));
    }

    @Test
    void aSecondReadByIdIsServedFromTheCacheWithoutAStatement() throws Throwable {
        UUID id = id(create("Garden"));
        double hitsBefore = hits("project");

        Object first = Reflect.call(service, "get", id);
        STATEMENTS.set(0);
        Object second = Reflect.call(service, "get", id);

        assertThat(STATEMENTS.get()).as("served from the cache").isZero();
        assertThat(second).isEqualTo(first);
        assertThat(hits("project")).isEqualTo(hitsBefore + 1);
    }

    @Test
    void aSecondListPageIsServedFromTheCache() throws Throwable {
        create("Garden");
        Reflect.call(service, "list", 1, 10, null, "name");
        STATEMENTS.set(0);

        Object page = Reflect.call(service, "list", 1, 10, null, "name");

        assertThat(STATEMENTS.get()).isZero();
        assertThat(names(page)).containsExactly("Garden");
    }

    @Test
    void everyWriteEvictsTheItemAndTheListPages() throws Throwable {
        UUID id = id(create("Garden"));
        Reflect.call(service, "get", id);
        Reflect.call(service, "list", 1, 10, null, "name");

        Reflect.call(service, "patch", id, patch("Orchard"));
        assertThat(Reflect.get(Reflect.call(service, "get", id), "name")).isEqualTo("Orchard");
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name"))).containsExactly("Orchard");

        create("Allotment");
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name"))).containsExactly("Allotment", "Orchard");

        Reflect.call(service, "delete", id);
        assertProblem(catchThrowable(() -> Reflect.call(service, "get", id)), 404);
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name"))).containsExactly("Allotment");
    }

    @Test
    void oneOwnersCachedAnswersAreNeverServedToAnother() throws Throwable {
        UUID alicesProject = id(create("Alices"));
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name"))).containsExactly("Alices");
        Reflect.call(service, "get", alicesProject);

        OWNER.set(Optional.of(bob));
        create("Bobs");
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name"))).containsExactly("Bobs");
        assertProblem(catchThrowable(() -> Reflect.call(service, "get", alicesProject)), 404);

        OWNER.set(Optional.empty());
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name"))).containsExactly("Alices", "Bobs");
    }

    @Test
    void aWriteBySomeoneWhoSeesEveryRowEvictsWhatTheOwnerCached() throws Throwable {
        UUID id = id(create("Garden"));
        Reflect.call(service, "get", id);
        Reflect.call(service, "list", 1, 10, null, "name");

        OWNER.set(Optional.empty());
        Reflect.call(service, "patch", id, patch("Renamed by an administrator"));

        OWNER.set(Optional.of(alice));
        assertThat(Reflect.get(Reflect.call(service, "get", id), "name")).isEqualTo("Renamed by an administrator");
        assertThat(names(Reflect.call(service, "list", 1, 10, null, "name")))
                .containsExactly("Renamed by an administrator");
    }

    @Test
    void aCreateDoesNotWaitForRedisAndItsWritersNextReadStillMissesTheCache() throws Throwable {
        Reflect.call(service, "list", 1, 10, null, "name");
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort);
        try (StatefulRedisConnection<String, String> paused = client.connect()) {
            // Redis holds every command for a while (shorter than the cache's timeout): the eviction, then the read.
            long pauseEnds = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            paused.sync().clientPause(1500);

            create("Written while Redis is paused");

            assertThat(System.nanoTime() - pauseEnds).as("the create returned while Redis was still paused")
                    .isNegative();
            assertThat(names(Reflect.call(service, "list", 1, 10, null, "name")))
                    .as("the list read after the create, through Redis once the pause ends, misses the old page")
                    .containsExactly("Written while Redis is paused");
        } finally {
            client.shutdown();
        }
        awaitListCached();
        assertThat(context.getBean(PlatformTransactionManager.class).getClass().getSimpleName())
                .isEqualTo("EvictingTransactionManager");
    }

    /** Until a list is served from the cache again: this instance also hears its own eviction, a little later. */
    private void awaitListCached() throws Throwable {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Reflect.call(service, "list", 1, 10, null, "name");
            double before = hits("project.pages");
            Reflect.call(service, "list", 1, 10, null, "name");
            if (hits("project.pages") > before) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("lists were not cached again within 5 seconds");
    }

    private double hits(String cache) {
        return meters.find("keel.cache.hits").tag("cache", cache).functionCounters().stream()
                .mapToDouble(FunctionCounter::count).sum();
    }

    private static Object create(String name) throws Throwable {
        Class<?> createType = loader.loadClass(app.model("ProjectCreate"));
        return Reflect.call(service, "create", Reflect.record(createType, name, null, null));
    }

    private static UUID id(Object project) {
        return (UUID) Reflect.get(project, "id");
    }

    private static Object patch(String name) throws Exception {
        Object body = Reflect.record(loader.loadClass(app.model("ProjectPatch")), name, null, null);
        return Reflect.record(loader.loadClass(app.support("PatchRequest")), body, Set.of("name"));
    }

    private static List<Object> names(Object page) {
        return ((List<?>) Reflect.get(page, "data")).stream().map(row -> Reflect.get(row, "name")).toList();
    }

    private UUID user(String email) {
        return sql.insertInto(DSL.table("users"))
                .set(DSL.field("email"), email)
                .set(DSL.field("password_hash"), "x")
                .set(DSL.field("name"), email)
                .set(DSL.field("role"), "user")
                .returning(DSL.field("id", UUID.class))
                .fetchOne()
                .get(DSL.field("id", UUID.class));
    }

    private static void assertProblem(Throwable failure, int status) {
        assertThat(failure).isNotNull();
        assertThat(failure.getClass().getSimpleName()).isEqualTo("ApiProblemException");
        assertThat(Reflect.get(failure, "status")).isEqualTo(status);
    }
}
