package dev.keel.core.emit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A contract whose scheme is an API key in {@code Authorization} with the prefix {@code Token}, as some public
 * APIs have it: the generated application reads {@code Authorization: Token <jwt>} and only that.
 */
class TokenPrefixTest {

    private static final String BASE_PACKAGE = "com.example.conduit";
    private static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: Conduit API, version: '1'}
            security: [{Token: []}]
            paths:
              /user:
                get:
                  tags: [user]
                  operationId: currentUser
                  responses: {'204': {description: The signed-in user exists.}}
              /tags:
                get:
                  tags: [user]
                  operationId: listTags
                  security: []
                  responses: {'204': {description: Tags.}}
            components:
              securitySchemes:
                Token:
                  type: apiKey
                  in: header
                  name: Authorization
                  description: "Send the JWT in the 'Authorization' header:\\n\\n    Token xxxxxx.yyyyyyy.zzzzzz\\n"
            """;
    private static final String HANDLER = """
            package com.example.conduit.app;

            import com.example.conduit.api.UserHandler;
            import org.springframework.stereotype.Component;

            @Component
            public class MyUserHandler implements UserHandler {

                @Override
                public void currentUser() {
                }

                @Override
                public void listTags() {
                }
            }
            """;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theTokenPrefixFromTheSchemeDescriptionIsTheOneAccepted() throws Exception {
        GeneratedApp generated = GeneratedApp.compile(CONTRACT, BASE_PACKAGE,
                List.of(GeneratedApp.source(BASE_PACKAGE + ".app.MyUserHandler", HANDLER)));
        assertThat(generated.hasSecurityType("HeaderTokenResolver")).isTrue();

        try (GeneratedApp.Running app = generated.run(getClass().getClassLoader(),
                GeneratedApp.args(GeneratedApp.OFFLINE, "--KEEL_JWT_SECRET=" + SecuredApplicationTest.SECRET))) {
            Object tokens = app.bean(BASE_PACKAGE + ".security.TokenService");
            String token = ((Jwt) tokens.getClass().getMethod("issueAccessToken", String.class, String.class)
                    .invoke(tokens, "u-1", "user")).getTokenValue();

            assertThat(get(app, "Token " + token).statusCode()).isEqualTo(204);
            assertThat(get(app, "token " + token).statusCode()).as("the prefix is matched ignoring case").isEqualTo(204);
            SecuredApplicationTest.problem(get(app, "Bearer " + token), 401);
            SecuredApplicationTest.problem(get(app, "Token " + token + "!"), 401);
            HttpResponse<String> missing = get(app, null);
            assertThat(SecuredApplicationTest.problem(missing, 401).get("detail").asString())
                    .isEqualTo("This operation needs an access token, sent as Authorization: Token <token>.");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/tags")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        }
    }

    private static HttpResponse<String> get(GeneratedApp.Running app, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/user"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
