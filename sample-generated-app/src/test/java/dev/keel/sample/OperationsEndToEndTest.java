package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.sample.HttpApi.Reply;
import dev.keel.sample.TestUsers.SignedIn;
import dev.keel.sample.security.TokenService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operators see of the generated application: {@code /health} for everyone with details for admins,
 * Prometheus {@code /metrics} for admins with requests counted by route template, one JSON log line per event carrying
 * the request id, which responses and problems echo, and the audit event of a delete naming its actor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    SignedIn user;
    SignedIn admin;

    @BeforeEach
    void signIn() {
        TestUsers users = new TestUsers(jdbc, tokens);
        user = users.create("user");
        admin = users.create("admin");
    }

    @Test
    void healthAnswersEveryoneButShowsTheDatabaseAndRedisOnlyToAdmins() {
        Reply anonymous = new HttpApi(port).get("/health");
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(200);
        assertThat(anonymous.json().path("status").asString()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).as("no details for anonymous callers").isFalse();

        Reply asUser = as(user).get("/health");
        assertThat(asUser.json().has("components")).as("no details for plain users").isFalse();

        Reply asAdmin = as(admin).get("/health");
        assertThat(asAdmin.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(asAdmin.json().path("components").path("redis").path("status").asString()).isEqualTo("UP");

        assertThat(new HttpApi(port).get("/health/liveness").json().path("status").asString()).isEqualTo("UP");
        Reply readiness = as(admin).get("/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("components").properties()).extracting(Map.Entry::getKey)
                .contains("db", "redis", "readinessState");
    }

    @Test
    void metricsAreForAdminsAndCountRequestsByRouteTemplateAndStatus() {
        assertThat(new HttpApi(port).get("/metrics").status()).isEqualTo(401);
        assertThat(as(user).get("/metrics").status()).isEqualTo(403);
        for (int i = 0; i < 3; i++) {
            assertThat(as(user).get("/api/v1/projects/" + UUID.randomUUID()).status()).isEqualTo(404);
        }

        Reply metrics = as(admin).get("/metrics");

        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.header("Content-Type").orElseThrow()).startsWith("text/plain");
        String notFound = metrics.body().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .filter(line -> line.contains("uri=\"/api/v1/projects/{id}\"") && line.contains("status=\"404\""))
                .findFirst().orElseThrow(() -> new AssertionError("no route-templated 404 counter in\n"
                        + metrics.body()));
        assertThat(Double.parseDouble(notFound.substring(notFound.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(3);
        assertThat(metrics.body()).contains("hikaricp_connections_active").contains("jvm_memory_used_bytes")
                .doesNotContain("uri=\"/api/v1/projects/" + "0");
    }

    @Test
    void theRequestIdIsEchoedPutInProblemsAndCarriedByEveryJsonLogLineIncludingTheAuditOfADelete(
            CapturedOutput output) {
        String requestId = "e2e-" + UUID.randomUUID();
        JsonNode created = as(user).postJson("/api/v1/projects", "{\"name\": \"Audited\"}").json();
        String id = created.path("id").asString();

        Reply deleted = as(user).send("DELETE", "/api/v1/projects/" + id, null, null, Map.of("X-Request-Id", requestId));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("X-Request-Id")).contains(requestId);
        List<JsonNode> lines = output.getOut().lines().filter(line -> line.contains(requestId))
                .map(line -> JSON.readTree(line)).toList();
        assertThat(lines).as("log lines of the request").isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("requestId").asString()).isEqualTo(requestId));
        assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asString())
                .contains("delete Project " + id + " by " + user.id() + ": success"));

        Reply missing = as(user).send("GET", "/api/v1/projects/" + id, null, null, Map.of("X-Request-Id", requestId));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("requestId").asString()).isEqualTo(requestId);
        assertThat(missing.header("X-Request-Id")).contains(requestId);
    }

    @Test
    void anUnsafeRequestIdIsReplacedByANewOne() {
        Reply reply = new HttpApi(port).send("GET", "/api/v1/projects", null, null,
                Map.of("X-Request-Id", "x".repeat(129)));

        assertThat(reply.status()).isEqualTo(401);
        String given = reply.header("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(given)).isNotNull();
        assertThat(reply.json().path("requestId").asString()).isEqualTo(given);
    }

    @Test
    void failedLoginsAreAuditedWithTheEmailAndRateLimitRejectionsAreCounted(CapturedOutput output) {
        String email = "audited-" + UUID.randomUUID() + "@example.com";
        String wrong = "{\"email\": \"" + email + "\", \"password\": \"not the password\"}";
        int status = 0;
        for (int attempt = 0; attempt < 6 && status != 429; attempt++) {
            status = new HttpApi(port).postJson("/api/v1/auth/login", wrong).status();
        }

        assertThat(status).as("the login budget is 5 a minute").isEqualTo(429);
        assertThat(output.getOut().lines().filter(line -> line.contains("audit: login session null by " + email
                + ": failure"))).as("one audit line per rejected password").hasSize(5)
                .allSatisfy(line -> assertThat(JSON.readTree(line).path("requestId").asString()).isNotBlank());
        String rejections = as(admin).get("/metrics").body().lines()
                .filter(line -> line.startsWith("keel_ratelimit_rejections_total{") && line.contains("login"))
                .findFirst().orElseThrow(() -> new AssertionError("no rate limit rejection counter"));
        assertThat(Double.parseDouble(rejections.substring(rejections.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(1);
    }

    private HttpApi as(SignedIn signedIn) {
        return new HttpApi(port).withToken(port, signedIn.token());
    }
}
