package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.sample.HttpApi.Reply;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /health} follows the database: the application runs over a PostgreSQL this test controls (through
 * {@code KEEL_DB_URL}), which is stopped and started again on the same port and data directory. Health is DOWN (503)
 * while it is gone and UP again once it is back, without restarting the application; liveness stays UP throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndToEndTest {

    private static final Path DATA = temporaryDirectory();
    private static final int DB_PORT = freePort();
    private static EmbeddedPostgres postgres = startPostgres();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("KEEL_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
        properties.add("KEEL_DB_USER", () -> "postgres");
        properties.add("KEEL_DB_PASSWORD", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void healthIsDownWhileTheDatabaseIsStoppedAndUpAgainWhenItReturns() throws IOException {
        HttpApi api = new HttpApi(port);
        assertThat(api.get("/health").status()).isEqualTo(200);

        postgres.close();
        Reply down = api.get("/health");
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(api.get("/health/readiness").status()).isEqualTo(503);
        assertThat(api.get("/health/liveness").status()).as("the process itself is fine").isEqualTo(200);

        postgres = startPostgres();
        Reply up = awaitHealthy(api, Duration.ofSeconds(60));
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(up.json().path("status").asString()).isEqualTo("UP");
    }

    /** The pool replaces its broken connections on their next use; a few checks may still see one. */
    private static Reply awaitHealthy(HttpApi api, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Reply reply = api.get("/health");
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            reply = api.get("/health");
        }
        return reply;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setPort(DB_PORT).setDataDirectory(DATA).setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("keel-health-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
