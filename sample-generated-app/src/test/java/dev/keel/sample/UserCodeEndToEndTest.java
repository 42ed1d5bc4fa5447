package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.sample.HttpApi.Reply;
import dev.keel.sample.security.TokenService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The sample's hand-written code in {@code src/main} (package {@code dev.keel.sample.projects} and
 * {@code src/main/keel-templates}) changing what Keel generates, without touching a generated file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserCodeEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;

    @BeforeEach
    void signIn() {
        api = new HttpApi(port).withToken(port, new TestUsers(jdbc, tokens).create("user").token());
    }

    @Test
    void anArchivedProjectCannotBeRenamedUntilUnarchived() {
        String id = create("{\"name\": \"Voyager\", \"status\": \"archived\"}").path("id").asString();

        Reply patched = api.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"name\": \"Voyager 2\"}");
        assertProblem(patched, 409, "CONFLICT");
        assertThat(patched.detailFor("name")).contains("An archived project keeps its name; unarchive it first.");
        Reply replaced = api.send("PUT", "/api/v1/projects/" + id, "application/json",
                "{\"name\": \"Voyager 2\", \"status\": \"archived\"}");
        assertProblem(replaced, 409, "CONFLICT");
        assertThat(api.get("/api/v1/projects/" + id).json().path("name").asString()).isEqualTo("Voyager");

        Reply described = api.send("PATCH", "/api/v1/projects/" + id, "application/json",
                "{\"name\": \"Voyager\", \"description\": \"Interstellar\"}");
        assertThat(described.status()).as("same name, other fields: allowed").isEqualTo(200);
        assertThat(api.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"status\": \"active\"}")
                .status()).isEqualTo(200);
        Reply renamed = api.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"name\": \"Voyager 2\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Voyager 2");
    }

    @Test
    void renamingAnotherUsersArchivedProjectIsStillNotFound() {
        String id = create("{\"name\": \"Pioneer\", \"status\": \"archived\"}").path("id").asString();
        HttpApi stranger = new HttpApi(port).withToken(port, new TestUsers(jdbc, tokens).create("user").token());

        Reply reply = stranger.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"name\": \"Mine\"}");

        assertProblem(reply, 404, "NOT_FOUND");
    }

    @Test
    void aProjectCreatedWithoutDescriptionGetsTheDefaultOne() {
        assertThat(create("{\"name\": \"Juno\"}").path("description").asString()).isEqualTo("No description yet.");
        assertThat(create("{\"name\": \"Juno\", \"description\": \"   \"}").path("description").asString())
                .isEqualTo("No description yet.");
        assertThat(create("{\"name\": \"Juno\", \"description\": \"Jupiter\"}").path("description").asString())
                .isEqualTo("Jupiter");
    }

    @Test
    void theSummaryCountsTheCallersProjectsByStatus() {
        create("{\"name\": \"Alpha\"}");
        create("{\"name\": \"Bravo\"}");
        create("{\"name\": \"Charlie\", \"status\": \"archived\"}");
        new HttpApi(port).withToken(port, new TestUsers(jdbc, tokens).create("user").token())
                .postJson("/api/v1/projects", "{\"name\": \"Not mine\"}");

        Reply summary = api.get("/api/v1/projects-summary");

        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().path("total").asInt()).isEqualTo(3);
        JsonNode byStatus = summary.json().path("byStatus");
        assertThat(byStatus.path("active").asInt()).isEqualTo(2);
        assertThat(byStatus.path("completed").isInt()).as("a status without projects is listed as 0").isTrue();
        assertThat(byStatus.path("completed").asInt()).isZero();
        assertThat(byStatus.path("archived").asInt()).isEqualTo(1);
    }

    @Test
    void theSummaryNeedsAToken() {
        Reply reply = new HttpApi(port).get("/api/v1/projects-summary");

        assertProblem(reply, 401, "UNAUTHORIZED");
    }

    @Test
    void theOverriddenTemplateLowersTheBodyLimitTo64KB() throws IOException {
        String body = "{\"name\": \"Apollo\", \"description\": \"" + "x".repeat(100 * 1024) + "\"}";

        Reply reply = api.postJson("/api/v1/projects", body);

        assertProblem(reply, 413, "PAYLOAD_TOO_LARGE");
        assertThat(reply.json().path("detail").asString()).contains("65536 bytes");
        try (InputStream defaults = getClass().getResourceAsStream("/keel/application-defaults.yaml")) {
            assertThat(new String(defaults.readAllBytes(), StandardCharsets.UTF_8)).contains("max-request-body: 64KB");
        }
    }

    private JsonNode create(String json) {
        Reply reply = api.postJson("/api/v1/projects", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.json().path("code").asString()).isEqualTo(code);
    }
}
