package dev.keel.core.emit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** How the generated {@code JwtKeys} picks the signing key, and when it refuses to start. */
class SigningKeyTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theProdProfileRefusesToStartWithoutAKeyAndNamesTheVariables() {
        assertThatThrownBy(() -> boot("--spring.profiles.active=prod").close())
                .satisfies(failure -> assertThat(rootMessage(failure)).isEqualTo("No key to sign access tokens with in "
                        + "the prod profile: set KEEL_JWT_SECRET (at least 32 bytes) or KEEL_JWT_PUBLIC_KEY and "
                        + "KEEL_JWT_PRIVATE_KEY (PEM)"));
    }

    @Test
    void aSecretShorterThan32BytesRefusesToStartInAnyProfile() {
        assertThatThrownBy(() -> boot("--KEEL_JWT_SECRET=only-twenty-bytes-xx").close())
                .satisfies(failure -> assertThat(rootMessage(failure)).startsWith(
                        "KEEL_JWT_SECRET is 20 bytes long; HS256 needs at least 32"));
    }

    @Test
    void halfAKeyPairRefusesToStartNamingTheMissingHalf() throws Exception {
        String[] pem = pemKeyPair();
        assertThatThrownBy(() -> boot("--KEEL_JWT_PUBLIC_KEY=" + pem[0]).close())
                .satisfies(failure -> assertThat(rootMessage(failure)).isEqualTo(
                        "KEEL_JWT_PUBLIC_KEY and KEEL_JWT_PRIVATE_KEY go together: set KEEL_JWT_PRIVATE_KEY too"));
    }

    @Test
    void withoutAKeyOutsideProdARandomKeyIsUsedWithAWarningAndDefaultsApply() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        GeneratedApp.Running app;
        try {
            app = boot();
        } finally {
            System.setOut(original);
        }
        try (app) {
            assertThat(captured.toString(StandardCharsets.UTF_8)).as("a JSON (ECS) log line")
                    .containsPattern("\"level\":\"WARN\",\"logger\":\"[a-z.]+\\.JwtKeys\".*\"message\":"
                            + "\"KEEL_JWT_SECRET is not set: access tokens are signed with a random key made at start-up");
            Jwt token = issue(app);
            assertThat(token.getHeaders().get("alg")).hasToString("HS256");
            assertThat(get(app, "Bearer " + token.getTokenValue()).statusCode()).isEqualTo(200);
            assertThat(app.context().getBean(PasswordEncoder.class).encode("secret"))
                    .as("Argon2id at its default cost: 64 MiB, 3 iterations, 4 lanes")
                    .startsWith("$argon2id$v=19$m=65536,t=3,p=4$");
        }
    }

    @Test
    void anRsaKeyPairSignsWithRs256AndTheAlgorithmCannotBeSwitched() throws Exception {
        String[] pem = pemKeyPair();
        try (GeneratedApp.Running app = boot("--KEEL_JWT_PUBLIC_KEY=" + pem[0],
                "--KEEL_JWT_PRIVATE_KEY=" + pem[1].replace("\n", "\\n"))) {
            Jwt token = issue(app);
            assertThat(token.getHeaders().get("alg")).hasToString("RS256");
            assertThat(get(app, "Bearer " + token.getTokenValue()).statusCode()).isEqualTo(200);

            // The classic confusion: the public key, which is no secret, used as an HMAC key.
            String confused = hs256(token, pem[0].getBytes(StandardCharsets.UTF_8));
            SecuredApplicationTest.problem(get(app, "Bearer " + confused), 401);
        }
    }

    private static GeneratedApp.Running boot(String... args) {
        return VaultContract.app().run(SigningKeyTest.class.getClassLoader(), GeneratedApp.args(GeneratedApp.OFFLINE,
                args));
    }

    private static Jwt issue(GeneratedApp.Running app) throws Exception {
        Object tokens = app.bean(VaultContract.BASE_PACKAGE + ".security.TokenService");
        return (Jwt) tokens.getClass().getMethod("issueAccessToken", String.class, String.class)
                .invoke(tokens, "u-1", "user");
    }

    private static HttpResponse<String> get(GeneratedApp.Running app, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/secrets"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The claims of {@code token}, signed with HS256 under {@code key}. */
    private static String hs256(Jwt token, byte[] key) {
        JwtClaimsSet copy = JwtClaimsSet.builder().id(token.getId()).subject(token.getSubject())
                .issuer(token.getClaimAsString("iss")).audience(token.getAudience()).issuedAt(token.getIssuedAt())
                .expiresAt(token.getExpiresAt()).claim("role", "user").claim("type", "access").build();
        return NimbusJwtEncoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256")).algorithm(MacAlgorithm.HS256).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), copy))
                .getTokenValue();
    }

    /** A fresh RSA key pair as {public PEM, private PEM}. */
    private static String[] pemKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return new String[] {pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                pem("PRIVATE KEY", pair.getPrivate().getEncoded())};
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
