package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.QuotaContract.ping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.emit.security.GeneratedApp;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code keel.rate-limit.redis.local-share}: two instances of {@link QuotaContract}'s application share a budget of
 * 200 requests a minute per address, each counting up to 5 % of it (10 requests) before it tells Redis. Redis is asked
 * a fraction as often as requests arrive, and the instances together exceed the budget by at most their shares.
 */
class LocalShareTest {

    private static final int CAPACITY = 200;
    private static final int SHARE = 10;

    private static TwoInstances instances;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static GeneratedApp.Running first;
    private static GeneratedApp.Running second;

    @BeforeAll
    static void boot() throws IOException {
        instances = TwoInstances.start(LocalShareTest.class, "--keel.rate-limit.anonymous.capacity=" + CAPACITY,
                "--keel.rate-limit.redis.local-share=0.05", "--keel.rate-limit.redis.sync-interval=1h");
        first = instances.first();
        second = instances.second();
        client = RedisClient.create(instances.redisUrl());
        connection = client.connect();
    }

    @AfterAll
    static void stop() throws IOException {
        if (client != null) {
            client.shutdown();
        }
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aBusyBudgetAsksRedisAboutOnceInItsShareOfRequests() {
        long before = commandsProcessed();

        for (int i = 0; i < 100; i++) {
            assertThat(ping(first, "203.0.113.10").statusCode()).isEqualTo(200);
        }

        // Counted request by request, 100 requests cost Bucket4j at least 200 commands (read, then compare-and-swap).
        assertThat(commandsProcessed() - before - 1).isBetween(1L, 50L);
    }

    @Test
    void instancesTogetherExceedTheSharedBudgetByNoMoreThanTheirShares() {
        long before = commandsProcessed();
        int accepted = 0;
        int refusedInARow = 0;
        for (int i = 0; i < 2 * CAPACITY && refusedInARow < 2; i++) {
            int status = ping(i % 2 == 0 ? first : second, "203.0.113.20").statusCode();
            accepted += status == 200 ? 1 : 0;
            refusedInARow = status == 429 ? refusedInARow + 1 : 0;
            assertThat(status).isIn(200, 429);
        }

        assertThat(refusedInARow).as("both instances refuse once the budget is spent").isEqualTo(2);
        // A budget of 200 a minute also refills by about 3 a second while the test runs.
        assertThat(accepted).isBetween(CAPACITY, CAPACITY + 2 * SHARE + 10);
        assertThat(commandsProcessed() - before).isLessThan(accepted / 2);
    }

    private static long commandsProcessed() {
        Matcher processed = Pattern.compile("total_commands_processed:(\\d+)")
                .matcher(connection.sync().info("stats"));
        assertThat(processed.find()).isTrue();
        return Long.parseLong(processed.group(1));
    }
}
