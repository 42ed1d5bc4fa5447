package dev.keel.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the end-to-end tests: real sockets, real JSON, nothing mocked. */
final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String root;
    private final String bearerToken;

    HttpApi(int port) {
        this(port, null);
    }

    private HttpApi(int port, String bearerToken) {
        this.root = "http://localhost:" + port;
        this.bearerToken = bearerToken;
    }

    /** The same client sending {@code Authorization: Bearer <token>} on every request. */
    HttpApi withToken(int port, String token) {
        return new HttpApi(port, token);
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Reply send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, Map.of());
    }

    /** A request with more headers, e.g. {@code X-Request-Id}. */
    Reply send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        /** The message the problem's {@code details} give for {@code field}, or empty. */
        Optional<String> detailFor(String field) {
            for (JsonNode detail : json().path("details")) {
                if (detail.path("field").asString().equals(field)) {
                    return Optional.of(detail.path("message").asString());
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
