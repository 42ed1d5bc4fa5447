package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keel.sample.HttpApi.Reply;
import dev.keel.sample.TestUsers.SignedIn;
import dev.keel.sample.cache.CacheMetrics;
import dev.keel.sample.security.TokenService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.embedded.RedisServer;

/**
 * Two instances of the sample app in one JVM, on two ports, sharing one PostgreSQL and one Redis (embedded and
 * started here, or KEEL_DB_URL / KEEL_REDIS_URL): tokens, cached reads, evictions and rate-limit budgets are shared,
 * a user's cached answers are never another's, and both instances keep answering while Redis is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterEndToEndTest {

    private static final String PROJECTS = "/api/v1/projects";
    private static final int PROFILE_BUDGET = 4;

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static Instance a;
    private static Instance b;

    record Instance(ConfigurableApplicationContext context, int port) {

        HttpApi as(SignedIn user) {
            return new HttpApi(port).withToken(port, user.token());
        }

        long cacheHits() {
            return context.getBean(CacheMetrics.class).count(CacheMetrics.HITS, "cache", "project");
        }

        long redisFailures() {
            return context.getBean(CacheMetrics.class).count(CacheMetrics.REDIS_FAILURES);
        }
    }

    @BeforeAll
    static void boot() throws IOException {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--KEEL_JWT_SECRET=cluster-test-secret-of-at-least-32-bytes!",
                "--keel.rate-limit.operations.getProfile.capacity=" + PROFILE_BUDGET,
                "--keel.rate-limit.operations.getProfile.period=1m",
                "--keel.rate-limit.redis.retry-interval=300ms",
                "--keel.cache.redis.retry-interval=300ms"));
        if (System.getenv("KEEL_DB_URL") == null) {
            postgres = EmbeddedPostgres.builder().start();
            args.add("--KEEL_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"));
            args.add("--KEEL_DB_USER=postgres");
            args.add("--KEEL_DB_PASSWORD=postgres");
        }
        if (System.getenv("KEEL_REDIS_URL") == null) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).build();
            redis.start();
            args.add("--KEEL_REDIS_URL=redis://127.0.0.1:" + port);
        }
        a = start(args);
        b = start(args);
    }

    private static Instance start(List<String> args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ProjectsApiApplication.class)
                .run(args.toArray(String[]::new));
        return new Instance(context, ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @AfterAll
    static void stop() throws IOException {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.context().close();
            }
        }
        if (redis != null && redis.isActive()) {
            redis.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aTokenIssuedByOneInstanceWorksOnTheOther() {
        SignedIn user = users().create("user");

        Reply profile = b.as(user).get("/api/v1/auth/profile");

        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.json().path("id").asString()).isEqualTo(user.id().toString());
    }

    @Test
    @Order(2)
    void aPatchThroughOneInstanceIsReadThroughTheOtherAtOnceThoughTheOtherHadItCached() {
        SignedIn user = users().create("user");
        String id = a.as(user).postJson(PROJECTS, "{\"name\": \"Apollo\"}").json().path("id").asString();
        b.as(user).get(PROJECTS + "/" + id);
        long hits = b.cacheHits();
        assertThat(b.as(user).get(PROJECTS + "/" + id).json().path("name").asString()).isEqualTo("Apollo");
        assertThat(b.cacheHits()).as("the second read on B is served from the cache").isGreaterThan(hits);

        Reply patched = a.as(user).send("PATCH", PROJECTS + "/" + id, "application/json", "{\"name\": \"Gemini\"}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        assertThat(b.as(user).get(PROJECTS + "/" + id).json().path("name").asString()).isEqualTo("Gemini");
        assertThat(names(b.as(user).get(PROJECTS))).containsExactly("Gemini");
    }

    @Test
    @Order(3)
    void oneUsersCachedProjectListIsNeverAnothers() {
        SignedIn ann = users().create("user");
        SignedIn bob = users().create("user");
        SignedIn admin = users().create("admin");
        String annsId = a.as(ann).postJson(PROJECTS, "{\"name\": \"Anns project\"}").json().path("id").asString();
        a.as(bob).postJson(PROJECTS, "{\"name\": \"Bobs project\"}");

        for (Instance instance : new Instance[] {a, b, a}) {
            assertThat(names(instance.as(ann).get(PROJECTS))).containsExactly("Anns project");
            assertThat(names(instance.as(bob).get(PROJECTS))).containsExactly("Bobs project");
            assertThat(names(instance.as(admin).get(PROJECTS + "?limit=100")))
                    .contains("Anns project", "Bobs project");
            assertThat(instance.as(bob).get(PROJECTS + "/" + annsId).status()).isEqualTo(404);
        }

        Reply renamed = b.as(admin).send("PATCH", PROJECTS + "/" + annsId, "application/json",
                "{\"name\": \"Renamed by admin\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(a.as(ann).get(PROJECTS + "/" + annsId).json().path("name").asString())
                .isEqualTo("Renamed by admin");
        assertThat(names(b.as(ann).get(PROJECTS))).containsExactly("Renamed by admin");
    }

    @Test
    @Order(4)
    void theRateLimitBudgetIsSharedByBothInstances() {
        SignedIn user = users().create("user");
        for (int i = 0; i < PROFILE_BUDGET; i++) {
            Instance instance = i % 2 == 0 ? a : b;
            Reply profile = instance.as(user).get("/api/v1/auth/profile");
            assertThat(profile.status()).as("request " + (i + 1)).isEqualTo(200);
            assertThat(profile.header("RateLimit-Remaining")).contains(String.valueOf(PROFILE_BUDGET - 1 - i));
        }

        Reply refused = b.as(user).get("/api/v1/auth/profile");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(a.as(user).get("/api/v1/auth/profile").status()).isEqualTo(429);
    }

    @Test
    @Order(5)
    void the101stAnonymousRequestIs429AndANewForwardedForEachTimeDoesNotResetTheBudget() {
        Random random = new Random(5);
        for (int i = 1; i <= 100; i++) {
            HttpResponse<String> response = anonymousLogout(i % 2 == 0 ? a : b, spoofed(random));
            assertThat(response.statusCode()).as("request " + i + ": " + response.body()).isNotEqualTo(429);
        }

        HttpResponse<String> refused = anonymousLogout(a, spoofed(random));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(refused.body()).contains("TOO_MANY_REQUESTS");
    }

    @Test
    @Order(6)
    void whileRedisIsDownBothInstancesServeReadsAndWritesAndCachingResumesWhenItReturns() throws Exception {
        assumeTrue(redis != null, "Redis is external (KEEL_REDIS_URL): it is not stopped by this test");
        SignedIn user = users().create("user");
        String id = a.as(user).postJson(PROJECTS, "{\"name\": \"Before\"}").json().path("id").asString();
        b.as(user).get(PROJECTS + "/" + id);
        b.as(user).get(PROJECTS + "/" + id);

        redis.stop();
        long started = System.nanoTime();
        Reply patched = a.as(user).send("PATCH", PROJECTS + "/" + id, "application/json", "{\"name\": \"During\"}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        for (Instance instance : new Instance[] {b, a, b}) {
            Reply read = instance.as(user).get(PROJECTS + "/" + id);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().path("name").asString()).isEqualTo("During");
            assertThat(read.header("RateLimit-Remaining")).as("counted in memory").isPresent();
            assertThat(names(instance.as(user).get(PROJECTS))).containsExactly("During");
        }
        Reply created = b.as(user).postJson(PROJECTS, "{\"name\": \"Written during the outage\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no request waits long for Redis")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(a.redisFailures()).as("logged and counted once, not per request").isEqualTo(1);
        assertThat(b.redisFailures()).isEqualTo(1);

        redis.start();
        awaitCachingOn(a, user, id);
        awaitCachingOn(b, user, id);
        assertThat(b.as(user).get(PROJECTS + "/" + id).json().path("name").asString()).isEqualTo("During");
        a.as(user).send("PATCH", PROJECTS + "/" + id, "application/json", "{\"name\": \"After\"}");
        assertThat(b.as(user).get(PROJECTS + "/" + id).json().path("name").asString()).isEqualTo("After");
    }

    /** Reads twice until the second read is a cache hit again. */
    private static void awaitCachingOn(Instance instance, SignedIn user, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            instance.as(user).get(PROJECTS + "/" + id);
            long hits = instance.cacheHits();
            instance.as(user).get(PROJECTS + "/" + id);
            if (instance.cacheHits() > hits) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("caching did not resume within 20 seconds");
    }

    private static TestUsers users() {
        return new TestUsers(a.context().getBean(JdbcTemplate.class), a.context().getBean(TokenService.class));
    }

    private static List<String> names(Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().path("data").forEach(project -> names.add(project.path("name").asString()));
        return names;
    }

    private static String spoofed(Random random) {
        return "198.51.100." + random.nextInt(256);
    }

    private static HttpResponse<String> anonymousLogout(Instance instance, String forwardedFor) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port()
                        + "/api/v1/auth/logout"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\": \"not-a-token\"}"))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
