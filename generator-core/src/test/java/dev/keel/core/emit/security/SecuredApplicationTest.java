package dev.keel.core.emit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated application of {@link VaultContract} booted with an HS256 secret: who gets in, which tokens are
 * refused, and what every response carries.
 */
class SecuredApplicationTest {

    static final String SECRET = "a-test-secret-of-more-than-thirty-two-bytes";
    static final String ISSUER = "https://vault.example.com";
    static final String AUDIENCE = "vault-clients";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static GeneratedApp.Running app;

    @BeforeAll
    static void boot() {
        app = VaultContract.app().run(SecuredApplicationTest.class.getClassLoader(), GeneratedApp.args(
                GeneratedApp.OFFLINE, "--KEEL_JWT_SECRET=" + SECRET, "--keel.security.issuer=" + ISSUER,
                "--keel.security.audience=" + AUDIENCE, "--keel.security.cors.allowed-origins=https://app.example.com",
                "--keel.security.argon2.memory=64KB", "--keel.security.argon2.iterations=1",
                "--keel.security.argon2.parallelism=1", "--server.forward-headers-strategy=native"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aPublicOperationNeedsNoToken() throws Exception {
        HttpResponse<String> response = get("/api/status", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("text").asString()).isEqualTo("up");
    }

    @Test
    void withoutATokenAProtectedOperationAnswers401ProblemWithTheBearerChallenge() throws Exception {
        HttpResponse<String> response = get("/api/secrets", null);

        JsonNode problem = problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(problem.get("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(problem.get("detail").asString())
                .isEqualTo("This operation needs an access token, sent as Authorization: Bearer <token>.");
        assertThat(problem.get("path").asString()).isEqualTo("/api/secrets");
    }

    @Test
    void malformedAuthorizationHeadersAnswer401() throws Exception {
        for (String header : List.of("Bearer", "Bearer not a token!", "Bearer abc.def", "Basic dXNlcjpwYXNz",
                "Token " + issue("u-1", "user"))) {
            problem(get("/api/secrets", header), 401);
        }
    }

    @Test
    void aTokenFromTheGeneratedTokenServiceIsLetIn() throws Exception {
        HttpResponse<String> response = get("/api/secrets", "Bearer " + issue("u-1", "user"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("text").asString()).isEqualTo("secrets of u-1");
    }

    @Test
    void issuedTokensCarryTheClaimsTheApplicationChecks() throws Exception {
        Jwt token = issueJwt("u-7", "admin");

        assertThat(token.getSubject()).isEqualTo("u-7");
        assertThat(token.getClaimAsString("role")).isEqualTo("admin");
        assertThat(token.getClaimAsString("type")).isEqualTo("access");
        assertThat(token.getClaimAsString("iss")).isEqualTo(ISSUER);
        assertThat(token.getAudience()).containsExactly(AUDIENCE);
        assertThat(token.getId()).isNotBlank();
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(token.getHeaders().get("alg")).hasToString("HS256");
    }

    @Test
    void forgedExpiredAndForeignTokensAnswer401() throws Exception {
        Instant now = Instant.now();
        String tampered = tamper(issue("u-1", "user"));
        List<String> rejected = List.of(
                unsigned(),
                sign(claims(now).build(), "another-secret-of-more-than-thirty-two-bytes"),
                tampered,
                sign(claims(now).issuedAt(now.minusSeconds(1200)).expiresAt(now.minusSeconds(300)).build(), SECRET),
                sign(claims(now).issuer("https://evil.example.com").build(), SECRET),
                sign(claims(now).issuer("vault-imposter").build(), SECRET),
                sign(claims(now).audience(List.of("someone-else")).build(), SECRET),
                sign(claims(now).claim("type", "refresh").build(), SECRET));
        assertThat(get("/api/secrets", "Bearer " + sign(claims(now).build(), SECRET)).statusCode())
                .as("the same claims, correctly signed, are let in").isEqualTo(200);
        for (String token : rejected) {
            HttpResponse<String> response = get("/api/secrets", "Bearer " + token);
            problem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        }
        assertThat(tampered).as("the tampered token asks to be admin").isNotNull();
        problem(post("/api/secrets/purge", "Bearer " + tampered), 401);
    }

    @Test
    void aUserIsForbiddenAnAdminOperationAndAnAdminMayCallIt() throws Exception {
        JsonNode forbidden = problem(post("/api/secrets/purge", "Bearer " + issue("u-1", "user")), 403);
        assertThat(forbidden.get("code").asString()).isEqualTo("FORBIDDEN");

        HttpResponse<String> admin = post("/api/secrets/purge", "Bearer " + issue("u-2", "admin"));
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(JSON.readTree(admin.body()).get("text").asString()).isEqualTo("purged by u-2");
    }

    @Test
    void aRoleAndAnOAuthScopeAreBothRequiredWhenTheContractAsksForBoth() throws Exception {
        Instant now = Instant.now();
        String both = sign(claims(now).claim("role", "auditor").claim("scope", "reports:read").build(), SECRET);
        String roleOnly = sign(claims(now).claim("role", "auditor").build(), SECRET);
        String scopeOnly = sign(claims(now).claim("scope", "reports:read other").build(), SECRET);

        assertThat(get("/api/reports", "Bearer " + both).statusCode()).isEqualTo(200);
        problem(get("/api/reports", "Bearer " + roleOnly), 403);
        problem(get("/api/reports", "Bearer " + scopeOnly), 403);
    }

    @Test
    void anyOneOfTheScopeAlternativesIsEnough() throws Exception {
        Instant now = Instant.now();
        String first = sign(claims(now).claim("scope", "reports:read reports:summary").build(), SECRET);
        String second = sign(claims(now).claim("scope", List.of("reports:admin")).build(), SECRET);
        String half = sign(claims(now).claim("scope", "reports:read").build(), SECRET);

        assertThat(get("/api/reports/summary", "Bearer " + first).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/summary", "Bearer " + second).statusCode()).isEqualTo(200);
        problem(get("/api/reports/summary", "Bearer " + half), 403);
    }

    @Test
    void aPublicLiteralPathWinsOverAProtectedVariableOneAtTheSamePlace() throws Exception {
        HttpResponse<String> shared = get("/api/notes/shared", null);
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        problem(get("/api/notes/n-1", null), 401);
        problem(get("/api/notes/n-1", "Bearer " + issue("u-1", "user")), 501);
    }

    @Test
    void aPathNoOperationServesNeedsATokenBeforeItIsFoundMissing() throws Exception {
        problem(get("/api/nothing-here", null), 401);
        problem(get("/api/nothing-here", "Bearer " + issue("u-1", "user")), 404);
    }

    @Test
    void theResourceServerMetadataDoesNotClaimCertificateBoundTokens() throws Exception {
        HttpResponse<String> metadata = get("/.well-known/oauth-protected-resource", null);

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(metadata.body()).get("tls_client_certificate_bound_access_tokens").asBoolean())
                .isFalse();
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        for (HttpResponse<String> response : List.of(get("/api/status", null), get("/api/secrets", null))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        HttpResponse<String> https = HTTP.send(request("/api/status", null).header("X-Forwarded-Proto", "https")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
    }

    @Test
    void corsIsAllowedOnlyForTheConfiguredOrigins() throws Exception {
        HttpResponse<String> allowed = preflight("https://app.example.com");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> refused = preflight("https://evil.example.com");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void thePasswordEncoderIsArgon2idAtTheConfiguredCost() {
        PasswordEncoder encoder = app.context().getBean(PasswordEncoder.class);

        String hash = encoder.encode("correct horse battery staple");
        assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("Correct horse battery staple", hash)).isFalse();
    }

    static String issue(String subject, String role) throws Exception {
        return issueJwt(subject, role).getTokenValue();
    }

    private static Jwt issueJwt(String subject, String role) throws Exception {
        Object tokens = app.bean(VaultContract.BASE_PACKAGE + ".security.TokenService");
        return (Jwt) tokens.getClass().getMethod("issueAccessToken", String.class, String.class)
                .invoke(tokens, subject, role);
    }

    private static JwtClaimsSet.Builder claims(Instant now) {
        return JwtClaimsSet.builder().id(UUID.randomUUID().toString()).subject("u-1").issuer(ISSUER)
                .audience(List.of(AUDIENCE)).issuedAt(now).expiresAt(now.plusSeconds(300)).claim("role", "user")
                .claim("type", "access");
    }

    private static String sign(JwtClaimsSet claims, String secret) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /** The valid claims with {@code alg: none} and no signature. */
    private static String unsigned() {
        Instant now = Instant.now();
        return new PlainJWT(new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString()).subject("u-1")
                .issuer(ISSUER).audience(AUDIENCE).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("role", "admin").claim("type", "access").build()).serialize();
    }

    /** The token with its payload changed to the admin role, the signature kept. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"role\":\"user\"");
        String forged = payload.replace("\"role\":\"user\"", "\"role\":\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        return HTTP.send(request(path, authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String authorization) throws Exception {
        return HTTP.send(request(path, authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        return HTTP.send(request("/api/secrets", null).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }
}
