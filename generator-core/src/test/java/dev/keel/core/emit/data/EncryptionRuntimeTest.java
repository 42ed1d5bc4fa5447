package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.GenerationFailedException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code x-keel-encrypted} at run time: a secret created through the HTTP API is stored as AES-GCM ciphertext under
 * the active key (read back with plain JDBC: no plaintext), answered decrypted, and still decrypts after the key is
 * rotated; and the binder's located error for a column too small to hold ciphertext.
 */
class EncryptionRuntimeTest {

    private static final String PACKAGE = "com.example.secrets";
    private static final Path SPEC = Path.of("src/test/resources/ops/secrets.yaml");
    private static final Path DDL = Path.of("src/test/resources/ops/secrets.sql");
    private static final String KEY_ONE = "k1:" + key(1);
    private static final String KEY_TWO = "k2:" + key(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedPostgres postgres;
    private static GeneratedDataApp app;
    private static URLClassLoader loader;
    private static DSLContext sql;

    @BeforeAll
    static void generate() throws Exception {
        postgres = EmbeddedPostgres.start();
        sql = DSL.using(postgres.getPostgresDatabase(), SQLDialect.POSTGRES);
        sql.execute(Files.readString(DDL));
        app = GeneratedDataApp.generate(SPEC, List.of(DDL), PACKAGE, List.of());
        loader = app.loader(EncryptionRuntimeTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws Exception {
        if (loader != null) {
            loader.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theColumnHoldsCiphertextTheApiAnswersPlaintextAndRotatedKeysStillDecrypt() throws Exception {
        long id;
        try (ConfigurableApplicationContext first = run(KEY_ONE, "k1")) {
            JsonNode created = send(first, "POST", "/api/secrets", "{\"label\": \"wifi\", \"content\": \"hunter2-wifi\"}");
            id = created.path("id").asLong();
            assertThat(created.path("content").asString()).isEqualTo("hunter2-wifi");
        }
        String stored = sql.fetchValue("SELECT content FROM secrets WHERE id = ?", id).toString();
        assertThat(stored).startsWith("keel1:k1:").doesNotContain("hunter2");
        assertThat(sql.fetchValue("SELECT label FROM secrets WHERE id = ?", id)).as("not encrypted").isEqualTo("wifi");

        try (ConfigurableApplicationContext rotated = run(KEY_ONE + "," + KEY_TWO, "k2")) {
            assertThat(send(rotated, "GET", "/api/secrets/" + id, null).path("content").asString())
                    .as("the old key still decrypts").isEqualTo("hunter2-wifi");
            send(rotated, "PUT", "/api/secrets/" + id, "{\"label\": \"wifi\", \"content\": \"hunter3-wifi\"}");
            String rewritten = sql.fetchValue("SELECT content FROM secrets WHERE id = ?", id).toString();
            assertThat(rewritten).startsWith("keel1:k2:").doesNotContain("hunter3");
            JsonNode again = send(rotated, "GET", "/api/secrets/" + id, null);
            assertThat(again.path("content").asString()).isEqualTo("hunter3-wifi");
        }
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeAndNullStaysNull() throws Exception {
        try (ConfigurableApplicationContext context = run(KEY_ONE, "k1")) {
            long first = send(context, "POST", "/api/secrets", "{\"label\": \"a\", \"content\": \"same\"}")
                    .path("id").asLong();
            long second = send(context, "POST", "/api/secrets", "{\"label\": \"b\", \"content\": \"same\"}")
                    .path("id").asLong();
            long empty = send(context, "POST", "/api/secrets", "{\"label\": \"c\"}").path("id").asLong();
            assertThat(sql.fetchValue("SELECT content FROM secrets WHERE id = ?", first))
                    .as("a random IV per value").isNotEqualTo(sql.fetchValue("SELECT content FROM secrets WHERE id = ?",
                            second));
            assertThat(sql.fetchValue("SELECT content FROM secrets WHERE id = ?", empty)).isNull();
        }
    }

    @Test
    void withoutKeysTheApplicationDoesNotStartAndSaysWhichVariableToSet() {
        Throwable failure = catchThrowable(() -> run("", ""));

        assertThat(failure).rootCause().hasMessageContaining("KEEL_ENCRYPTION_KEYS");
    }

    @Test
    void anEncryptedPropertyOnAVarcharOfBoundedLengthIsALocatedError() throws Exception {
        Path directory = Files.createTempDirectory("keel-encrypted-varchar");
        Path spec = Files.writeString(directory.resolve("notes.yaml"),
                Files.readString(Path.of("src/test/resources/data/notes.yaml"))
                        .replace("title: {type: string, x-keel-column: heading}",
                                "title: {type: string, x-keel-column: heading, x-keel-encrypted: true}"));

        Throwable failure = catchThrowable(() -> new Keel().generate(new KeelConfig(spec,
                List.of(Path.of("src/test/resources/data/notes.sql")), "com.example.notes", directory.resolve("out"),
                Optional.empty())));

        assertThat(failure).isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("notes.yaml:")
                .hasMessageContaining("x-keel-encrypted")
                .hasMessageContaining("memos.heading must be TEXT; it is varchar(80)");
    }

    @Test
    void aListFilterOnAnEncryptedPropertyIsAnError() throws Exception {
        Path directory = Files.createTempDirectory("keel-encrypted-filter");
        Path spec = Files.writeString(directory.resolve("secrets.yaml"), Files.readString(SPEC).replace("""
                  /secrets:
                    post:
                """, """
                  /secrets:
                    get:
                      tags: [secrets]
                      operationId: listSecrets
                      parameters:
                        - {name: content, in: query, schema: {type: string}}
                      responses:
                        '200':
                          description: Secrets.
                          content:
                            application/json:
                              schema: {type: array, items: {$ref: '#/components/schemas/Secret'}}
                    post:
                """));

        Throwable failure = catchThrowable(() -> new Keel().generate(new KeelConfig(spec, List.of(DDL), PACKAGE,
                directory.resolve("out"), Optional.empty())));

        assertThat(failure).isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("Query parameter 'content' of listSecrets filters by Secret.content, which is "
                        + "x-keel-encrypted");
    }

    private static ConfigurableApplicationContext run(String keys, String active) throws Exception {
        Class<?> main = loader.loadClass(PACKAGE + ".SecretsApiApplication");
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), main);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return application.run("--server.port=0", "--spring.main.banner-mode=off",
                    "--KEEL_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--KEEL_DB_USER=postgres",
                    "--KEEL_DB_PASSWORD=postgres", "--KEEL_REDIS_URL=redis://127.0.0.1:2",
                    "--KEEL_ENCRYPTION_KEYS=" + keys, "--KEEL_ENCRYPTION_ACTIVE_KEY=" + active);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static JsonNode send(ConfigurableApplicationContext context, String method, String path, String body)
            throws Exception {
        String root = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    /** A fixed 32-byte test key, base64. */
    private static String key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
