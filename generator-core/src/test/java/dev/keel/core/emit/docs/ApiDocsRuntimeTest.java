package dev.keel.core.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.emit.security.GeneratedApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A secured generated app booted in process: its contract is public, its operations are not. */
class ApiDocsRuntimeTest {

    static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: Ledger API, version: '1'}
            servers: [{url: /api}]
            security: [{bearerAuth: []}]
            paths:
              /entries:
                get:
                  operationId: listEntries
                  responses: {'200': {description: The entries.}}
            components:
              securitySchemes:
                bearerAuth: {type: http, scheme: bearer}
            """;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static GeneratedApp.Running app;

    @BeforeAll
    static void boot() {
        app = GeneratedApp.compile(CONTRACT, "com.example.ledger", List.of()).run(
                ApiDocsRuntimeTest.class.getClassLoader(), GeneratedApp.args(GeneratedApp.OFFLINE,
                        "--KEEL_JWT_SECRET=" + "s".repeat(40)));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theContractIsServedAsWrittenWithoutAToken() throws Exception {
        HttpResponse<String> response = send("GET", "/openapi.yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CONTRACT);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void swaggerUiMayRunScriptsAndCallThisOriginButNothingElse() throws Exception {
        String policy = send("GET", "/openapi.yaml").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "*");
    }

    @Test
    void operationsStillNeedATokenAndKeepTheStrictPolicy() throws Exception {
        HttpResponse<String> response = send("GET", "/api/entries");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void writingToTheContractIsAMethodNotAllowedProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/openapi.yaml");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
