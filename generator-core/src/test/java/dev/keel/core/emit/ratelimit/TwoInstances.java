package dev.keel.core.emit.ratelimit;

import dev.keel.core.emit.security.GeneratedApp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import redis.embedded.RedisServer;

/**
 * Two instances of {@link QuotaContract}'s application behind a trusted proxy (loopback), sharing one embedded Redis
 * on a free port, as the rate-limit tests that span instances need them.
 */
record TwoInstances(RedisServer redis, String redisUrl, GeneratedApp.Running first, GeneratedApp.Running second)
        implements AutoCloseable {

    static TwoInstances start(Class<?> test, String... settings) throws IOException {
        int port = QuotaContract.freePort();
        RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).build();
        redis.start();
        String url = "redis://127.0.0.1:" + port;
        List<String> more = new ArrayList<>(List.of("--keel.rate-limit.trusted-proxies=127.0.0.1/32, ::1"));
        more.addAll(List.of(settings));
        List<String> args = QuotaContract.args(url, more.toArray(String[]::new));
        GeneratedApp.Running first = null;
        try {
            first = QuotaContract.app().run(test.getClassLoader(), args);
            return new TwoInstances(redis, url, first, QuotaContract.app().run(test.getClassLoader(), args));
        } catch (RuntimeException e) {
            new TwoInstances(redis, url, first, null).close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        for (GeneratedApp.Running app : new GeneratedApp.Running[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        if (redis.isActive()) {
            redis.stop();
        }
    }
}
