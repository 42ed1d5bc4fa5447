package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.sample.HttpApi.Reply;
import dev.keel.sample.TestUsers.SignedIn;
import dev.keel.sample.security.TokenService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Keel's generated data layer over HTTP on the real (embedded) PostgreSQL: the sample has no hand-written
 * projects code any more, every CRUD operation is served by the generated repository and service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectsDataEndToEndTest {

    @TestConfiguration
    static class CountStatements {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        DefaultExecuteListenerProvider countingListener(StatementCounter counter) {
            return new DefaultExecuteListenerProvider(counter);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    SignedIn owner;
    HttpApi api;

    @BeforeEach
    void signIn() {
        owner = new TestUsers(jdbc, tokens).create("user");
        api = new HttpApi(port).withToken(port, owner.token());
    }

    @Test
    void listPagesSortsAndFiltersTheOwnersProjectsInOneStatementThatAlsoCounts() {
        createFiveProjectsTwoCompleted();

        statements.reset();
        Reply page = api.get("/api/v1/projects?page=2&limit=2&sort=name:asc");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(names(page.json().path("data"))).containsExactly("Charlie", "Delta");
        JsonNode pagination = page.json().path("pagination");
        assertThat(pagination.path("total").asInt()).isEqualTo(5);
        assertThat(pagination.path("totalPages").asInt()).isEqualTo(3);
        assertThat(pagination.path("page").asInt()).isEqualTo(2);
        assertThat(statements.statements()).as("statements of one list request").hasSize(1);
        assertThat(statements.statements().get(0)).contains("(select count(*) from \"projects\"").contains("fetch next ? rows only");
        assertThat(page.header("Content-Length")).as("a 200 body is sent whole, not chunked")
                .hasValue(String.valueOf(page.body().getBytes(StandardCharsets.UTF_8).length));

        Reply completed = api.get("/api/v1/projects?status=completed&sort=name:desc");
        assertThat(names(completed.json().path("data"))).containsExactly("Echo", "Alpha");
        assertThat(completed.json().path("pagination").path("total").asInt()).isEqualTo(2);
    }

    @Test
    void aListShapeReadAgainBindsTheNewValuesToTheSqlRenderedTheFirstTime() {
        createFiveProjectsTwoCompleted();
        statements.reset();

        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.add(names(api.get("/api/v1/projects?page=" + page + "&limit=2&sort=name:asc").json().path("data")));
        }
        Reply active = api.get("/api/v1/projects?status=active&limit=2&sort=name:asc");
        Reply completed = api.get("/api/v1/projects?status=completed&limit=2&sort=name:asc");
        Reply descending = api.get("/api/v1/projects?limit=2&sort=name:desc");

        assertThat(pages).containsExactly(List.of("Alpha", "Bravo"), List.of("Charlie", "Delta"), List.of("Echo"));
        assertThat(names(active.json().path("data"))).containsExactly("Bravo", "Charlie");
        assertThat(active.json().path("pagination").path("total").asInt()).isEqualTo(3);
        assertThat(names(completed.json().path("data"))).containsExactly("Alpha", "Echo");
        assertThat(completed.json().path("pagination").path("total").asInt()).isEqualTo(2);
        assertThat(names(descending.json().path("data"))).containsExactly("Echo", "Delta");
        List<String> sql = statements.statements();
        assertThat(sql).hasSize(6);
        assertThat(sql.subList(0, 3)).as("one shape, three pages: the same SQL").containsOnly(sql.get(0));
        assertThat(sql.get(3)).as("a filter set is another shape").isEqualTo(sql.get(4)).isNotEqualTo(sql.get(0));
        assertThat(sql.get(5)).as("another sort is another shape").contains("desc").isNotEqualTo(sql.get(0));
    }

    /** Delta, Alpha, Echo, Bravo and Charlie; Alpha and Echo completed, the others active. */
    private void createFiveProjectsTwoCompleted() {
        for (String name : List.of("Delta", "Alpha", "Echo", "Bravo", "Charlie")) {
            String status = name.equals("Echo") || name.equals("Alpha") ? "completed" : "active";
            create("{\"name\": \"" + name + "\", \"status\": \"" + status + "\"}");
        }
    }

    @Test
    void unknownSortFieldIsABadRequestNamingTheAllowedOnes() {
        Reply reply = api.get("/api/v1/projects?sort=password:asc");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.detailFor("sort")).hasValueSatisfying(m -> assertThat(m).contains("name", "createdAt"));
    }

    @Test
    void putReplacesTheEditableFieldsAndKeepsTheRest() {
        JsonNode created = create("{\"name\": \"Mercury\", \"description\": \"First\", \"status\": \"active\"}");
        String id = created.path("id").asString();

        Reply replaced = api.send("PUT", "/api/v1/projects/" + id, "application/json",
                "{\"name\": \"Mercury 7\", \"status\": \"completed\"}");

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("name").asString()).isEqualTo("Mercury 7");
        assertThat(replaced.json().path("status").asString()).isEqualTo("completed");
        assertThat(replaced.json().path("description").isNull()).as("PUT replaces: description absent").isTrue();
        assertThat(replaced.json().path("createdAt").asString()).isEqualTo(created.path("createdAt").asString());
        assertThat(replaced.json().path("updatedAt").asString()).isNotEqualTo(created.path("updatedAt").asString());
    }

    @Test
    void deleteRemovesTheRowAndASecondDeleteIsNotFound() {
        String id = create("{\"name\": \"Skylab\"}").path("id").asString();

        assertThat(api.send("DELETE", "/api/v1/projects/" + id, null, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/projects/" + id, null, null).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projects WHERE id = ?", Integer.class, UUID.fromString(id)))
                .isZero();
    }

    @Test
    void twentyConcurrentCreatesStoreExactlyTwentyRows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> replies = IntStream.range(0, 20)
                    .mapToObj(i -> pool.submit(() -> api.postJson("/api/v1/projects", "{\"name\": \"Batch " + i + "\"}")))
                    .toList();
            for (Future<Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projects WHERE user_id = ?", Integer.class, owner.id()))
                .isEqualTo(20);
    }

    @Test
    void anotherUsersProjectIsNotFoundForReadUpdateAndDeleteButAnAdminSeesIt() {
        String id = create("{\"name\": \"Private\"}").path("id").asString();
        TestUsers users = new TestUsers(jdbc, tokens);
        HttpApi stranger = new HttpApi(port).withToken(port, users.create("user").token());

        assertThat(stranger.get("/api/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(stranger.send("PATCH", "/api/v1/projects/" + id, "application/json", "{\"name\": \"Mine now\"}")
                .status()).isEqualTo(404);
        assertThat(stranger.send("DELETE", "/api/v1/projects/" + id, null, null).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/projects").json().path("pagination").path("total").asInt()).isZero();

        HttpApi admin = new HttpApi(port).withToken(port, users.create("admin").token());
        assertThat(admin.get("/api/v1/projects/" + id).status()).isEqualTo(200);
    }

    @Test
    void aUserIdInTheCreateBodyIsIgnored() {
        UUID someoneElse = new TestUsers(jdbc, tokens).create("user").id();

        JsonNode created = create("{\"name\": \"Spoofed\", \"userId\": \"" + someoneElse + "\"}");

        assertThat(created.path("userId").asString()).isEqualTo(owner.id().toString());
    }

    private JsonNode create(String json) {
        Reply reply = api.postJson("/api/v1/projects", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static List<String> names(JsonNode projects) {
        return projects.valueStream().map(project -> project.path("name").asString()).toList();
    }
}
