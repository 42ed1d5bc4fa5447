package dev.keel.sample;

import dev.keel.sample.security.TokenService;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users for the end-to-end tests, stored in the real database (projects reference them) and signed in with an
 * access token from the generated token service.
 */
final class TestUsers {

    private final JdbcTemplate jdbc;
    private final TokenService tokens;

    TestUsers(JdbcTemplate jdbc, TokenService tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    record SignedIn(UUID id, String token) {
    }

    SignedIn create(String role) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        UUID id = jdbc.queryForObject(
                "INSERT INTO users (email, password_hash, name, role) VALUES (?, 'not-a-hash', 'Test user', ?) RETURNING id",
                UUID.class, email, role);
        return new SignedIn(id, tokens.issueAccessToken(id.toString(), role).getTokenValue());
    }
}
