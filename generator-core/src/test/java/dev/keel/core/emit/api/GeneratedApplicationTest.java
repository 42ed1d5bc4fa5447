package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated application booted by Spring Boot as a user runs it: real Tomcat, Keel's defaults file, the
 * embedded PostgreSQL and Redis when no URLs are configured, and none of that when the libraries are absent.
 */
class GeneratedApplicationTest {

    /**
     * Keel's defaults as the resources emitter renders them for this contract, except the pool's
     * {@code connection-timeout}: HikariCP takes milliseconds, and {@code 5s} fails binding, Spring Boot's own too.
     */
    private static final String DEFAULTS = """
            spring:
              application:
                name: projects-api
              mvc:
                problemdetails:
                  enabled: false
              datasource:
                url: ${KEEL_DB_URL:}
                username: ${KEEL_DB_USER:}
                password: ${KEEL_DB_PASSWORD:}
                hikari:
                  maximum-pool-size: 4
                  minimum-idle: 2
                  connection-timeout: 5000
              data:
                redis:
                  url: ${KEEL_REDIS_URL:}
                  timeout: 2s
            server:
              error:
                include-stacktrace: never
                include-message: never
            keel:
              http:
                max-request-body: 4KB
              problems:
                type-base: about:blank
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static CompiledApp app;

    @BeforeAll
    static void writeDefaults() throws IOException {
        app = CompiledApp.shared();
        Path defaults = app.classes.resolve("keel/application-defaults.yaml");
        Files.createDirectories(defaults.getParent());
        Files.writeString(defaults, DEFAULTS);
    }

    @Test
    void withNothingConfiguredItServesOverEmbeddedPostgresAndRedis() throws Exception {
        assumeTrue(System.getenv("KEEL_DB_URL") == null && System.getenv("KEEL_REDIS_URL") == null,
                "the environment configures real servers");
        try (URLClassLoader loader = app.loader(getClass().getClassLoader());
                ConfigurableApplicationContext context = run(loader, "--server.port=0",
                        "--keel.problems.type-base=https://problems.example.com/")) {
            assertThat(selectOne(context.getBean(DataSource.class))).isEqualTo(1);
            assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
            assertThat(((HikariDataSource) context.getBean(DataSource.class)).getMaximumPoolSize())
                    .as("spring.datasource.hikari applies to the embedded pool").isEqualTo(4);
            try (RedisConnection redis = context.getBean(RedisConnectionFactory.class).getConnection()) {
                assertThat(redis.ping()).isEqualTo("PONG");
            }
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");

            JsonNode notFound = problem(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/nope")).build(),
                    HttpResponse.BodyHandlers.ofString()), 404);
            assertThat(notFound.get("type").asString())
                    .as("the application's setting overrides Keel's default").isEqualTo("https://problems.example.com/not-found");

            byte[] large = ("{\"name\": \"" + "n".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
            problem(HTTP.send(post(base, HttpRequest.BodyPublishers.ofByteArray(large)),
                    HttpResponse.BodyHandlers.ofString()), 413);
            JsonNode chunked = problem(HTTP.send(post(base,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))),
                    HttpResponse.BodyHandlers.ofString()), 413);
            assertThat(chunked.get("detail").asString()).isEqualTo("The request body is larger than the limit of 4096 bytes.");

            HttpResponse<String> exploded = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects"))
                    .header("X-Explode", "yes").build(), HttpResponse.BodyHandlers.ofString());
            JsonNode filterFailure = problem(exploded, 500);
            assertThat(filterFailure.get("path").asString()).isEqualTo("/api/v1/projects");
            assertThat(filterFailure.has("correlationId")).isTrue();
            assertThat(exploded.body()).doesNotContain("filter secret").doesNotContain("trace");

            HttpResponse<String> created = HTTP.send(post(base, HttpRequest.BodyPublishers.ofString("{\"name\": \"Garden\"}")),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValue(
                    base + "/api/v1/projects/7b0c2a4e-8d3f-4c55-9a1e-2f6b9d0c1e23");

            assertPatchesWithTheApplicationsMapperAndValidator(base);
        }
    }

    /** The PATCH body reader gets Spring Boot's JSON mapper and validator injected. */
    private static void assertPatchesWithTheApplicationsMapperAndValidator(String base) throws Exception {
        HttpResponse<String> cleared = HTTP.send(patch(base, "{\"description\": null}"), HttpResponse.BodyHandlers.ofString());
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        JsonNode project = JSON.readTree(cleared.body());
        assertThat(project.get("description").isNull()).isTrue();
        assertThat(project.get("name").asString()).isEqualTo("Garden");

        JsonNode refused = problem(HTTP.send(patch(base, "{\"name\": null, \"status\": \"paused\"}"),
                HttpResponse.BodyHandlers.ofString()), 400);
        assertThat(refused.at("/details/0/field").asString()).isEqualTo("status");
        JsonNode invalid = problem(HTTP.send(patch(base, "{\"name\": null, \"description\": \"" + "d".repeat(1001) + "\"}"),
                HttpResponse.BodyHandlers.ofString()), 400);
        assertThat(invalid.get("detail").asString()).isEqualTo("2 fields are invalid.");
    }

    private static HttpRequest patch(String base, String json) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/3f1c9a52-5a7e-4b8e-9f55-0d3c2b7e6a10"))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    @Test
    void withUrlsConfiguredSpringBootConnectsToThemAndNothingEmbeddedStarts() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader());
                ConfigurableApplicationContext context = run(loader, "--spring.main.web-application-type=none",
                        "--KEEL_DB_URL=jdbc:postgresql://127.0.0.1:1/keel", "--KEEL_REDIS_URL=redis://127.0.0.1:2")) {
            assertThat(context.getBeanNamesForType(loader.loadClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")))
                    .isEmpty();
            assertThat(context.getBeanNamesForType(loader.loadClass("redis.embedded.RedisServer"))).isEmpty();
            assertThat(((HikariDataSource) context.getBean(DataSource.class)).getJdbcUrl())
                    .isEqualTo("jdbc:postgresql://127.0.0.1:1/keel");
            LettuceConnectionFactory redis = (LettuceConnectionFactory) context.getBean(RedisConnectionFactory.class);
            assertThat(redis.getPort()).isEqualTo(2);
        }
    }

    @Test
    void withoutTheEmbeddedLibrariesTheApplicationStillStarts() throws Exception {
        ClassLoader withoutEmbedded = new HidingClassLoader(getClass().getClassLoader(),
                List.of("io.zonky.", "io/zonky/", "redis.embedded.", "redis/embedded/"));
        try (URLClassLoader loader = app.loader(withoutEmbedded);
                ConfigurableApplicationContext context = run(loader, "--spring.main.web-application-type=none",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/keel",
                        "--spring.data.redis.url=redis://127.0.0.1:2")) {
            assertThat(context.getBeansOfType(DataSource.class)).hasSize(1);
            assertThat(((HikariDataSource) context.getBean(DataSource.class)).getJdbcUrl())
                    .isEqualTo("jdbc:postgresql://127.0.0.1:1/keel");
        }
    }

    private static ConfigurableApplicationContext run(URLClassLoader loader, String... args) throws Exception {
        Class<?> main = loader.loadClass(ProjectsContract.BASE_PACKAGE + ".ProjectsApiApplication");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return new SpringApplication(new DefaultResourceLoader(loader), main).run(args);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static HttpRequest post(String base, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/projects"))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }

    private static int selectOne(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.createStatement().executeQuery("select 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** A class loader that pretends some libraries are not on the class path. */
    private static final class HidingClassLoader extends ClassLoader {

        private final List<String> hiddenPrefixes;

        HidingClassLoader(ClassLoader parent, List<String> hiddenPrefixes) {
            super(parent);
            this.hiddenPrefixes = hiddenPrefixes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (hidden(name)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        private boolean hidden(String name) {
            return hiddenPrefixes.stream().anyMatch(name::startsWith);
        }
    }
}
