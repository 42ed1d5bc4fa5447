package dev.keel.core.emit.ratelimit;

import dev.keel.core.emit.security.GeneratedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A small rate-limited contract: anonymous callers get 3 requests a minute per IP, signed-in ones 5 per user, login
 * 2 per IP and email, and one operation a setting can lift; with a handler, and a {@code MeterRegistry} that is
 * defined only when Micrometer is on the class path.
 */
final class QuotaContract {

    static final String BASE_PACKAGE = "com.example.quota";
    static final String SECRET = "a-test-secret-of-more-than-thirty-two-bytes";

    static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: Quota API, version: '1'}
            servers: [{url: /api}]
            security: [{bearerAuth: []}]
            x-keel-rate-limits:
              anonymous: {capacity: 3, period: 1m, key: ip}
              authenticated: {capacity: 5, period: 1m, key: user}
            paths:
              /ping:
                get:
                  tags: [quota]
                  operationId: ping
                  security: []
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /status:
                get:
                  tags: [quota]
                  operationId: status
                  security: []
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /login:
                post:
                  tags: [quota]
                  operationId: login
                  security: []
                  x-keel-rate-limit: {capacity: 2, period: 1m, key: ip+body.email}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Credentials'}
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /me:
                get:
                  tags: [quota]
                  operationId: me
                  responses: {'200': {$ref: '#/components/responses/Message'}}
            components:
              securitySchemes:
                bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}
              responses:
                Message:
                  description: A message.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Message'}
              schemas:
                Message:
                  type: object
                  required: [text]
                  properties:
                    text: {type: string}
                Credentials:
                  type: object
                  required: [email]
                  properties:
                    email: {type: string}
                    password: {type: string}
            """;

    static final String HANDLER = """
            package com.example.quota.app;

            import com.example.quota.api.QuotaHandler;
            import com.example.quota.model.Credentials;
            import com.example.quota.model.Message;
            import org.springframework.security.core.context.SecurityContextHolder;
            import org.springframework.stereotype.Component;

            @Component
            public class MyQuotaHandler implements QuotaHandler {

                @Override
                public Message ping() {
                    return new Message("pong");
                }

                @Override
                public Message status() {
                    return new Message("up");
                }

                @Override
                public Message login(Credentials credentials) {
                    return new Message("hello " + credentials.email());
                }

                @Override
                public Message me() {
                    return new Message("me " + SecurityContextHolder.getContext().getAuthentication().getName());
                }
            }
            """;

    static final String METERS = """
            package com.example.quota.app;

            import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
            import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
            import org.springframework.context.annotation.Bean;
            import org.springframework.context.annotation.Configuration;

            @Configuration(proxyBeanMethods = false)
            @ConditionalOnClass(name = "io.micrometer.core.instrument.simple.SimpleMeterRegistry")
            public class Meters {

                @Bean
                SimpleMeterRegistry meterRegistry() {
                    return new SimpleMeterRegistry();
                }
            }
            """;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static GeneratedApp compiled;

    private QuotaContract() {
    }

    static synchronized GeneratedApp app() {
        if (compiled == null) {
            compiled = GeneratedApp.compile(CONTRACT, BASE_PACKAGE, List.of(
                    GeneratedApp.source(BASE_PACKAGE + ".app.MyQuotaHandler", HANDLER),
                    GeneratedApp.source(BASE_PACKAGE + ".app.Meters", METERS)));
        }
        return compiled;
    }

    /** Boot arguments: a free port, a database never connected to, the given Redis URL and token secret. */
    static List<String> args(String redisUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--KEEL_DB_URL=jdbc:postgresql://127.0.0.1:1/keel",
                "--KEEL_REDIS_URL=" + redisUrl, "--KEEL_JWT_SECRET=" + SECRET));
        args.addAll(List.of(more));
        return args;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request as the client behind {@code forwardedFor}, or directly when it is null. */
    static HttpResponse<String> send(GeneratedApp.Running app, String method, String path, String body,
            String forwardedFor, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> ping(GeneratedApp.Running app, String forwardedFor) {
        return send(app, "GET", "/api/ping", null, forwardedFor, null);
    }

    static long header(HttpResponse<String> response, String name) {
        return Long.parseLong(response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " header on " + response)));
    }

    /** An access token for {@code subject} from the application's own token service. */
    static String token(GeneratedApp.Running app, String subject) {
        Object tokens = app.bean(BASE_PACKAGE + ".security.TokenService");
        try {
            Object jwt = tokens.getClass().getMethod("issueAccessToken", String.class, String.class)
                    .invoke(tokens, subject, "user");
            return "Bearer " + jwt.getClass().getMethod("getTokenValue").invoke(jwt);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
