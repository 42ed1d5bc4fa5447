package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.QuotaContract.header;
import static dev.keel.core.emit.ratelimit.QuotaContract.ping;
import static dev.keel.core.emit.ratelimit.SharedBudgetTest.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.emit.security.GeneratedApp;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * The generated application of {@link QuotaContract} called directly, with no proxy trusted, on the embedded Redis it
 * starts itself, without Micrometer on the class path, and with settings that change the contract's limits.
 */
class DirectClientTest {

    private static GeneratedApp.Running app;

    @BeforeAll
    static void boot() {
        ClassLoader withoutMicrometer = new HidingClassLoader(DirectClientTest.class.getClassLoader(),
                List.of("io.micrometer.core.", "io/micrometer/core/"));
        app = QuotaContract.app().run(withoutMicrometer, QuotaContract.args("",
                "--keel.rate-limit.anonymous.capacity=2", "--keel.rate-limit.operations.STATUS.enabled=false",
                "--keel.http.max-request-body=1KB", "--keel.security.cors.allowed-origins=https://app.example"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aForwardedForHeaderDoesNotChooseTheBudgetWhenNoProxyIsTrusted() {
        HttpResponse<String> first = ping(app, "198.51.100.1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(header(first, "RateLimit-Limit")).as("the setting's capacity").isEqualTo(2);
        assertThat(header(first, "RateLimit-Remaining")).isEqualTo(1);
        assertThat(header(ping(app, "198.51.100.2"), "RateLimit-Remaining")).isZero();

        HttpResponse<String> refused = ping(app, "198.51.100.3");

        JsonNode problem = problem(refused, 429);
        assertThat(problem.get("detail").asString()).startsWith("Too many requests: at most 2 per 60 seconds");
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        problem(ping(app, null), 429);
    }

    @Test
    void aSettingLiftsTheLimitOfOneOperation() {
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> response = QuotaContract.send(app, "GET", "/api/status", null, null, null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("RateLimit-Limit")).isEmpty();
        }
    }

    @Test
    void aBrowserOnAnAllowedOriginMayReadTheRateLimitHeaders() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/status"))
                .header("Origin", "https://app.example")
                .build();

        HttpResponse<String> response = QuotaContract.HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed.split(", *")).contains("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                        "Retry-After"));
    }

    @Test
    void aChunkedLoginBodyOverTheRequestBodyLimitIsRefusedWith413() throws Exception {
        byte[] large = ("{\"email\": \"" + "e".repeat(2000) + "@example.com\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))
                .build();

        JsonNode problem = problem(QuotaContract.HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 413);

        assertThat(problem.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void trustedProxiesAreAddressesOrRangesOfEitherFamilyAndNamesAreNeverLookedUp() throws Exception {
        Object addresses = clientAddresses(List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.1"));

        assertThat(clientOf(addresses, "10.1.2.3", "198.51.100.9")).isEqualTo("198.51.100.9");
        assertThat(clientOf(addresses, "2001:db8::7", "198.51.100.9, 192.0.2.1, 10.0.0.5")).isEqualTo("198.51.100.9");
        assertThat(clientOf(addresses, "2001:db8::7", "2001:0DB9::0:9")).isEqualTo("2001:db9:0:0:0:0:0:9");
        assertThat(clientOf(addresses, "11.0.0.1", "198.51.100.9")).as("not a trusted proxy").isEqualTo("11.0.0.1");
        assertThat(clientOf(addresses, "10.0.0.1", "client.example, 10.0.0.2")).isEqualTo("client.example");
        assertThat(clientOf(addresses, "10.0.0.1", null)).as("no header").isEqualTo("10.0.0.1");
        for (String wrong : List.of("10.0.0.0/33", "proxy.example", "256.0.0.1", "10.0.0.0/x")) {
            assertThatThrownBy(() -> clientAddresses(List.of(wrong))).cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("keel.rate-limit.trusted-proxies lists '" + wrong + "', which is no IP address or CIDR "
                            + "range like 10.0.0.0/8");
        }
    }

    private static Object clientAddresses(List<String> trustedProxies) throws Exception {
        return app.loader().loadClass(QuotaContract.BASE_PACKAGE + ".ratelimit.ClientAddresses")
                .getConstructor(List.class).newInstance(trustedProxies);
    }

    private static String clientOf(Object addresses, String remoteAddress, String forwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return (String) addresses.getClass().getMethod("of", HttpServletRequest.class).invoke(addresses, request);
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
