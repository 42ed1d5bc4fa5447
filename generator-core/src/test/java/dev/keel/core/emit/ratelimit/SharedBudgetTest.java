package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.QuotaContract.header;
import static dev.keel.core.emit.ratelimit.QuotaContract.ping;
import static dev.keel.core.emit.ratelimit.QuotaContract.send;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.keel.core.emit.security.GeneratedApp;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the generated application of {@link QuotaContract} behind a trusted proxy, sharing one Redis:
 * headers and 429s, budgets per address, per email and per user, one budget across instances, and what happens
 * while Redis is down. Each test is a different client, named by the proxy's {@code X-Forwarded-For}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedBudgetTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static TwoInstances instances;
    private static RedisServer redis;
    private static GeneratedApp.Running first;
    private static GeneratedApp.Running second;

    @BeforeAll
    static void boot() throws IOException {
        instances = TwoInstances.start(SharedBudgetTest.class, "--keel.rate-limit.redis.retry-interval=200ms");
        redis = instances.redis();
        first = instances.first();
        second = instances.second();
    }

    @AfterAll
    static void stop() throws IOException {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    @Order(1)
    void anAnonymousClientSeesItsBudgetCountDownAndIsRefusedWith429() {
        String client = newClient();
        for (long remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> response = ping(first, client);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(header(response, "RateLimit-Limit")).isEqualTo(3);
            assertThat(header(response, "RateLimit-Remaining")).isEqualTo(remaining);
            assertThat(header(response, "RateLimit-Reset")).isBetween(1L, 60L);
        }

        HttpResponse<String> refused = ping(first, client);

        JsonNode problem = problem(refused, 429);
        assertThat(problem.get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(problem.get("path").asString()).isEqualTo("/api/ping");
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        assertThat(header(refused, "RateLimit-Remaining")).isZero();
        assertThat(header(refused, "RateLimit-Limit")).isEqualTo(3);
        Counter rejections = ((MeterRegistry) first.context().getBean(MeterRegistry.class))
                .find("keel.ratelimit.rejections").tag("operation", "ping").counter();
        assertThat(rejections).isNotNull();
        assertThat(rejections.count()).isEqualTo(1.0);
    }

    @Test
    @Order(2)
    void behindATrustedProxyEachForwardedClientHasItsOwnBudget() {
        String spent = newClient();
        for (int i = 0; i < 3; i++) {
            ping(first, spent);
        }
        problem(ping(first, spent), 429);
        problem(ping(first, spent + ", 127.0.0.1"), 429);

        HttpResponse<String> other = ping(first, newClient());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(header(other, "RateLimit-Remaining")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void loginIsCountedPerEmailAndTheControllerStillReadsTheBody() {
        String client = newClient();
        for (long remaining = 1; remaining >= 0; remaining--) {
            HttpResponse<String> response = login(client, "ann@example.com");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("text").asString()).isEqualTo("hello ann@example.com");
            assertThat(header(response, "RateLimit-Limit")).isEqualTo(2);
            assertThat(header(response, "RateLimit-Remaining")).isEqualTo(remaining);
        }
        problem(login(client, "ann@example.com"), 429);
        problem(login(client, " Ann@Example.COM"), 429);

        HttpResponse<String> bob = login(client, "bob@example.com");
        assertThat(bob.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(bob.body()).get("text").asString()).isEqualTo("hello bob@example.com");
        assertThat(header(ping(first, client), "RateLimit-Remaining")).as("login has its own budget").isEqualTo(2);
    }

    @Test
    @Order(4)
    void signedInCallersAreCountedPerUser() {
        String client = newClient();
        String ann = QuotaContract.token(first, "ann");
        for (long remaining = 4; remaining >= 0; remaining--) {
            HttpResponse<String> response = send(first, "GET", "/api/me", null, client, ann);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(header(response, "RateLimit-Limit")).isEqualTo(5);
            assertThat(header(response, "RateLimit-Remaining")).isEqualTo(remaining);
        }
        problem(send(first, "GET", "/api/me", null, client, ann), 429);

        HttpResponse<String> bob = send(first, "GET", "/api/me", null, client, QuotaContract.token(first, "bob"));
        assertThat(bob.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(bob.body()).get("text").asString()).isEqualTo("me bob");
        assertThat(header(ping(first, client), "RateLimit-Remaining")).as("the address's anonymous budget")
                .isEqualTo(2);
    }

    @Test
    @Order(5)
    void instancesSharingRedisShareOneBudget() {
        assertBudgetShared(newClient());
    }

    @Test
    @Order(6)
    void whileRedisIsDownEachInstanceCountsAloneAndOnceItIsBackTheBudgetIsSharedAgain() throws Exception {
        ListAppender<ILoggingEvent> log = capture();
        redis.stop();

        String client = newClient();
        long started = System.nanoTime();
        for (long remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> response = ping(first, client);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(header(response, "RateLimit-Remaining")).isEqualTo(remaining);
        }
        problem(ping(first, client), 429);
        assertThat(header(ping(second, client), "RateLimit-Remaining")).as("the other instance counts alone")
                .isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no request waits long for Redis")
                .isLessThan(Duration.ofSeconds(3));
        for (int i = 0; i < 10; i++) {
            ping(first, newClient());
            Thread.sleep(50);
        }
        assertThat(warnings(log)).as("one warning per instance, not one per request").hasSize(2);

        redis.start();
        awaitShared();
        assertBudgetShared(newClient());
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .isEqualTo("Redis answers again: rate limits are shared by every instance"));
    }

    @Test
    @Order(7)
    void requestsRefusedForABadOrMissingTokenSpendTheAddressAnonymousBudget() {
        String client = newClient();
        for (long remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> refused = send(first, "GET", "/api/me", null, client, "Bearer not-a-token");
            problem(refused, 401);
            assertThat(header(refused, "RateLimit-Limit")).isEqualTo(3);
            assertThat(header(refused, "RateLimit-Remaining")).isEqualTo(remaining);
        }

        HttpResponse<String> throttled = send(first, "GET", "/api/me", null, client, "Bearer not-a-token");

        assertThat(problem(throttled, 429).get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(header(throttled, "Retry-After")).isBetween(1L, 60L);
        problem(send(second, "GET", "/api/me", null, client, null), 429);
        problem(ping(first, client), 429);
        HttpResponse<String> signedIn = send(first, "GET", "/api/me", null, client, QuotaContract.token(first, "cy"));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(header(signedIn, "RateLimit-Remaining")).as("counted once, against the user").isEqualTo(4);
    }

    @Test
    @Order(8)
    void afterTheContextIsStoppedAndStartedTheBudgetIsSharedAtOnce() {
        ListAppender<ILoggingEvent> log = capture();
        first.context().stop();
        first.context().start();

        assertBudgetShared(newClient());
        assertThat(warnings(log)).as("a stopped context is no outage").isEmpty();
    }

    /** Three requests split across both instances spend the budget; the fourth is refused by either. */
    private static void assertBudgetShared(String client) {
        assertThat(header(ping(first, client), "RateLimit-Remaining")).isEqualTo(2);
        assertThat(header(ping(second, client), "RateLimit-Remaining")).isEqualTo(1);
        assertThat(header(ping(first, client), "RateLimit-Remaining")).isEqualTo(0);
        problem(ping(second, client), 429);
    }

    /** Waits until both instances count a new client's requests in Redis again. */
    private static void awaitShared() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            String client = newClient();
            ping(first, client);
            if (header(ping(second, client), "RateLimit-Remaining") == 1) {
                String other = newClient();
                ping(second, other);
                if (header(ping(first, other), "RateLimit-Remaining") == 1) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the instances did not share budgets again within 15 seconds");
    }

    private static ListAppender<ILoggingEvent> capture() {
        Logger logger = (Logger) LoggerFactory.getLogger(QuotaContract.BASE_PACKAGE + ".ratelimit.RateLimitBuckets");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private static List<String> warnings(ListAppender<ILoggingEvent> log) {
        return log.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static HttpResponse<String> login(String client, String email) {
        return send(first, "POST", "/api/login", "{\"email\": \"" + email + "\", \"password\": \"secret\"}", client,
                null);
    }

    /** A client address of its own (TEST-NET-3), so no two tests share a budget. */
    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }
}
