package dev.keel.sample.contract;

import dev.keel.sample.security.TokenService;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Keel's generated contract tests ({@code *ValidationTest} in target/generated-test-sources/keel) extend: the
 * sample app on its embedded PostgreSQL and Redis, and a user signed in with a token from the generated token
 * service. Rate limits are off here: these tests check validation, and send more requests than the budgets allow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "keel.rate-limit.enabled=false")
public abstract class ContractTestBase implements KeelTestClient {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    private String token;

    @Override
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public String bearerToken(String operationId) {
        if (token == null) {
            String email = "contract-" + UUID.randomUUID() + "@example.com";
            UUID id = jdbc.queryForObject("INSERT INTO users (email, password_hash, name, role) "
                    + "VALUES (?, 'not-a-hash', 'Contract tests', 'user') RETURNING id", UUID.class, email);
            token = tokens.issueAccessToken(id.toString(), "user").getTokenValue();
        }
        return token;
    }
}
