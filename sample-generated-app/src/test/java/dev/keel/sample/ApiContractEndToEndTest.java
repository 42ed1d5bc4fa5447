package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.sample.HttpApi.Reply;
import dev.keel.sample.security.TokenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generated API layer over real HTTP: the app as a user starts it, on its embedded PostgreSQL and
 * Redis, with Keel's data layer behind the contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port).withToken(port, new TestUsers(jdbc, tokens).create("user").token());
    }

    @Test
    void createdProjectIsServedBackWithLocation() {
        Reply created = api.postJson("/api/v1/projects", "{\"name\": \"  Apollo 11  \", \"description\": \"Moon\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/projects/" + id));
        assertThat(created.json().path("name").asString()).isEqualTo("Apollo 11");
        assertThat(created.json().path("status").asString()).isEqualTo("active");

        Reply fetched = api.get("/api/v1/projects/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().path("description").asString()).isEqualTo("Moon");
    }

    @Test
    void patchLeavesAbsentFieldsAndClearsExplicitNulls() {
        String id = api.postJson("/api/v1/projects", "{\"name\": \"Gemini\", \"description\": \"Orbit\"}")
                .json().path("id").asString();

        Reply renamed = api.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"name\": \"Gemini 2\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Gemini 2");
        assertThat(renamed.json().path("description").asString()).isEqualTo("Orbit");

        Reply cleared = api.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"description\": null}");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().path("description").isNull()).isTrue();
        assertThat(cleared.json().path("name").asString()).isEqualTo("Gemini 2");

        Reply refused = api.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"name\": null}");
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.detailFor("name")).contains("must not be null");
    }

    @Test
    void everyNameConstraintIsRejectedWithItsMessage() {
        assertRejected("{\"name\": \"ab\"}", "name", "Name must be at least 3 characters");
        assertRejected("{\"name\": \"   ab   \"}", "name", "Name must be at least 3 characters");
        assertRejected("{\"name\": \"" + "x".repeat(101) + "\"}", "name", "Name must be at most 100 characters");
        assertRejected("{\"name\": \"bad_name!\"}", "name", "Name contains invalid characters");
        assertRejected("{\"description\": \"no name\"}", "name", null);
    }

    @Test
    void descriptionAndStatusConstraintsAreRejected() {
        assertRejected("{\"name\": \"Valid\", \"description\": \"" + "d".repeat(1001) + "\"}", "description",
                "Description too long");
        assertRejected("{\"name\": \"Valid\", \"status\": \"paused\"}", "status",
                "must be one of [active, completed, archived]");
    }

    @Test
    void everyFieldErrorIsReportedNotJustTheFirst() {
        Reply reply = api.postJson("/api/v1/projects",
                "{\"name\": \"x\", \"description\": \"" + "d".repeat(1001) + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.detailFor("name")).isPresent();
        assertThat(reply.detailFor("description")).contains("Description too long");
        assertProblem(reply, 400, "VALIDATION_FAILED");
    }

    @Test
    void malformedJsonIsABadRequestWithoutParserInternals() {
        Reply reply = api.postJson("/api/v1/projects", "{\"name\": \"Apollo\",");

        assertProblem(reply, 400, "MALFORMED_JSON");
        assertThat(reply.body()).doesNotContain("jackson").doesNotContain("Unexpected end-of-input");
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        Reply reply = api.postJson("/api/v1/projects", "{\"name\": [\"Apollo\"]}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.detailFor("name")).isPresent();
    }

    @Test
    void queryParametersAreValidated() {
        assertParameterRejected("/api/v1/projects?limit=101", "limit");
        assertParameterRejected("/api/v1/projects?limit=0", "limit");
        assertParameterRejected("/api/v1/projects?page=0", "page");
        assertParameterRejected("/api/v1/projects?sort=name", "sort");
        Reply status = api.get("/api/v1/projects?status=paused");
        assertProblem(status, 400, "VALIDATION_FAILED");
        assertThat(status.detailFor("status")).hasValueSatisfying(m -> assertThat(m).contains("active, completed, archived"));
    }

    @Test
    void pathParameterOfTheWrongTypeIsABadRequest() {
        Reply reply = api.get("/api/v1/projects/not-a-uuid");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.detailFor("id")).isPresent();
    }

    @Test
    void unknownProjectIsNotFound() {
        assertProblem(api.get("/api/v1/projects/00000000-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
    }

    @Test
    void unknownRouteIsNotFound() {
        assertProblem(api.get("/api/v1/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIsNotAllowedAndNamesTheAllowedOnes() {
        Reply reply = api.send("DELETE", "/api/v1/projects", null, null);

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    void wrongMediaTypeIsUnsupported() {
        assertProblem(api.send("POST", "/api/v1/projects", "text/plain", "name=Apollo"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodyOverTheLimitIsTooLarge() {
        String huge = "{\"name\": \"Apollo\", \"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        assertProblem(api.postJson("/api/v1/projects", huge), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void requestWithoutTokenIsUnauthorizedAsProblem() {
        Reply reply = new HttpApi(port).get("/api/v1/projects");

        assertProblem(reply, 401, "UNAUTHORIZED");
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void registeredUserLogsInSeesTheProfileAndUsesTheTokenOnProjects() {
        String email = "user-" + java.util.UUID.randomUUID() + "@example.com";
        HttpApi anonymous = new HttpApi(port);
        Reply registered = anonymous.postJson("/api/v1/auth/register",
                "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\", \"name\": \"Ada\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain("correct horse battery").doesNotContain("password");

        Reply login = anonymous.postJson("/api/v1/auth/login",
                "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\"}");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        HttpApi signedIn = new HttpApi(port).withToken(port, login.json().path("accessToken").asString());

        Reply profile = signedIn.get("/api/v1/auth/profile");
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.json().path("email").asString()).isEqualTo(email);
        assertThat(profile.json().path("role").asString()).isEqualTo("user");
        assertThat(signedIn.postJson("/api/v1/projects", "{\"name\": \"Ada project\"}").status()).isEqualTo(201);

        Reply wrongPassword = anonymous.postJson("/api/v1/auth/login",
                "{\"email\": \"" + email + "\", \"password\": \"wrong horse battery\"}");
        assertProblem(wrongPassword, 401, "UNAUTHORIZED");
    }

    @Test
    void theSixthFailedLoginForOneAccountWithinAMinuteIsTooManyRequests() {
        String email = "target-" + java.util.UUID.randomUUID() + "@example.com";
        HttpApi anonymous = new HttpApi(port);
        String wrong = "{\"email\": \"" + email + "\", \"password\": \"not the password\"}";
        for (int attempt = 1; attempt <= 5; attempt++) {
            Reply failed = anonymous.postJson("/api/v1/auth/login", wrong);
            assertProblem(failed, 401, "UNAUTHORIZED");
            assertThat(failed.header("RateLimit-Remaining")).contains(String.valueOf(5 - attempt));
        }

        Reply throttled = anonymous.postJson("/api/v1/auth/login", wrong);

        assertProblem(throttled, 429, "TOO_MANY_REQUESTS");
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        String otherAccount = "{\"email\": \"other-" + email + "\", \"password\": \"not the password\"}";
        assertThat(anonymous.postJson("/api/v1/auth/login", otherAccount).status())
                .as("another account keeps its own budget").isEqualTo(401);
    }

    private void assertRejected(String json, String field, String message) {
        Reply reply = api.postJson("/api/v1/projects", json);
        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.detailFor(field)).as(reply.toString()).isPresent();
        if (message != null) {
            assertThat(reply.detailFor(field)).as(reply.toString()).contains(message);
        }
    }

    private void assertParameterRejected(String path, String parameter) {
        Reply reply = api.get(path);
        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.detailFor(parameter)).as(reply.toString()).isPresent();
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("code").asString()).isEqualTo(code);
        assertThat(reply.json().path("title").asString()).isNotBlank();
        assertThat(reply.json().path("timestamp").asString()).isNotBlank();
        assertThat(reply.json().path("path").asString()).startsWith("/api/v1/");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
    }
}
