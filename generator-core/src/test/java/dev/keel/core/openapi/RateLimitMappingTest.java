package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.RateLimit;
import dev.keel.core.model.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root x-keel-rate-limits defaults and an operation's own x-keel-rate-limit. */
class RateLimitMappingTest {

    private static final String HEADER = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
    private static final String LOGIN = """
            paths:
              /login:
                post:
                  operationId: login
                  x-keel-rate-limit: %s
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {email: {type: string}}}
                  responses: {'204': {description: ok}}
            """;

    @TempDir
    Path dir;

    @Test
    void theSampleContractLimitsEveryCallerAndLoginPerAddressAndEmail() {
        SpecFixture sample = SpecFixture.read(Path.of("../sample-specs/projects/openapi.yaml")).assertClean();

        assertThat(sample.model().rateLimits()).isEqualTo(new RateLimits(
                Optional.of(new RateLimit(100, Duration.ofMinutes(15), RateLimit.Key.IP)),
                Optional.of(new RateLimit(1000, Duration.ofMinutes(15), RateLimit.Key.USER))));
        assertThat(sample.operation("login").rateLimit()).contains(
                new RateLimit(5, Duration.ofMinutes(1), RateLimit.Key.ipAndBodyField("email")));
        assertThat(sample.operation("register").rateLimit()).isEmpty();
        assertThat(sample.model().isRateLimited()).isTrue();
    }

    @Test
    void periodsTakeSecondsMinutesHoursAndDaysAndTheKeyDefaultsToTheCaller() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                x-keel-rate-limits:
                  anonymous: {capacity: 10, period: 30s}
                paths:
                  /a:
                    get:
                      operationId: a
                      x-keel-rate-limit: {capacity: 2, period: 1h, key: ip}
                      responses: {'204': {description: ok}}
                  /b:
                    get:
                      operationId: b
                      x-keel-rate-limit: {capacity: 3000000000, period: 2d}
                      responses: {'204': {description: ok}}
                """).assertClean();

        assertThat(spec.model().rateLimits().anonymous()).contains(new RateLimit(10, Duration.ofSeconds(30),
                RateLimit.Key.IP));
        assertThat(spec.model().rateLimits().authenticated()).isEmpty();
        assertThat(spec.operation("a").rateLimit()).contains(new RateLimit(2, Duration.ofHours(1), RateLimit.Key.IP));
        assertThat(spec.operation("b").rateLimit()).contains(new RateLimit(3_000_000_000L, Duration.ofDays(2),
                RateLimit.Key.USER));
    }

    @Test
    void anOpenApi31ContractDeclaresLimitsTheSameWay() {
        SpecFixture spec = SpecFixture.of(dir, """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                x-keel-rate-limits:
                  anonymous: {capacity: 7, period: 1m}
                paths:
                  /a:
                    get:
                      operationId: a
                      x-keel-rate-limit: {capacity: 1, period: 1s, key: ip}
                      responses: {'204': {description: ok}}
                """).assertClean();

        assertThat(spec.model().rateLimits().anonymous()).contains(new RateLimit(7, Duration.ofMinutes(1),
                RateLimit.Key.IP));
        assertThat(spec.operation("a").rateLimit()).contains(new RateLimit(1, Duration.ofSeconds(1), RateLimit.Key.IP));
    }

    @Test
    void anAuthenticatedDefaultWithoutSecurityIsWarnedAbout() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                x-keel-rate-limits:
                  authenticated: {capacity: 7, period: 1m}
                paths: {}
                """);

        assertThat(spec.errors()).isEmpty();
        assertThat(spec.warnings()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple(4, "/x-keel-rate-limits/authenticated", "x-keel-rate-limits.authenticated "
                        + "applies to signed-in callers, but the contract declares no security: every caller counts "
                        + "as anonymous"));
    }

    @Test
    void aContractWithoutLimitsIsNotRateLimited() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /a:
                    get:
                      responses: {'204': {description: ok}}
                """).assertClean();

        assertThat(spec.model().rateLimits()).isEqualTo(RateLimits.NONE);
        assertThat(spec.model().isRateLimited()).isFalse();
    }

    @Test
    void malformedDefaultsAreErrorsAtTheirLines() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                x-keel-rate-limits:
                  anonymous: {capacity: 0, period: 15 minutes, key: user}
                  authenticated:
                    capcity: 5
                    period: 1m
                    key: ip+body.email
                  admins: {capacity: 1, period: 1m}
                paths: {}
                """);

        assertThat(spec.errors()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message).containsExactly(
                tuple(4, "/x-keel-rate-limits/anonymous/capacity", "The capacity of x-keel-rate-limits.anonymous is a "
                        + "whole number of requests, at least 1; '0' is not"),
                tuple(4, "/x-keel-rate-limits/anonymous/period", "The period of x-keel-rate-limits.anonymous is a "
                        + "whole number followed by s, m, h or d, e.g. 30s, 15m, 1h; '15 minutes' is not one"),
                tuple(5, "/x-keel-rate-limits/authenticated", "x-keel-rate-limits.authenticated needs a capacity: how "
                        + "many requests a caller may make per period"),
                tuple(6, "/x-keel-rate-limits/authenticated/capcity", "x-keel-rate-limits.authenticated takes "
                        + "capacity, period and key; 'capcity' is not one of them"),
                tuple(9, "/x-keel-rate-limits/admins", "x-keel-rate-limits has the entries anonymous and "
                        + "authenticated; 'admins' is not one of them"));
    }

    @Test
    void anAnonymousDefaultCountsPerAddressAndAnAuthenticatedOneReadsNoBody() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                x-keel-rate-limits:
                  anonymous: {capacity: 1, period: 1m, key: user}
                  authenticated: {capacity: 1, period: 1m, key: ip+body.email}
                paths: {}
                """);

        assertThat(spec.errors()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message).containsExactly(
                tuple(4, "/x-keel-rate-limits/anonymous/key", "Anonymous callers are counted per IP: the key of "
                        + "x-keel-rate-limits.anonymous is ip, not user"),
                tuple(5, "/x-keel-rate-limits/authenticated/key", "A default applies to operations without a request "
                        + "body too: the key of x-keel-rate-limits.authenticated is user or ip, not ip+body.email"));
    }

    @Test
    void anOperationLimitThatIsNotAMappingOrHasAnUnknownKeyIsAnError() {
        SpecFixture notMapping = SpecFixture.of(dir, HEADER + LOGIN.formatted("5 per minute"));
        assertThat(notMapping.errors()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple(7, "/paths/~1login/post/x-keel-rate-limit", "x-keel-rate-limit is a mapping "
                        + "like {capacity: 5, period: 1m, key: ip}; found '5 per minute'"));

        SpecFixture badKey = SpecFixture.of(dir, HEADER + LOGIN.formatted("{capacity: 5, period: 1m, key: email}"));
        assertThat(badKey.errors()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple(7, "/paths/~1login/post/x-keel-rate-limit/key", "The key of x-keel-rate-limit "
                        + "is ip, user or ip+body.<field>, e.g. ip+body.email; 'email' is not one"));

        SpecFixture noPeriod = SpecFixture.of(dir, HEADER + LOGIN.formatted("{capacity: 5, period: 60}"));
        assertThat(noPeriod.errors()).extracting(Diagnostic::pointer, Diagnostic::message).containsExactly(
                tuple("/paths/~1login/post/x-keel-rate-limit/period", "The period of x-keel-rate-limit is a whole "
                        + "number followed by s, m, h or d, e.g. 30s, 15m, 1h; '60' is not one"));
    }

    @Test
    void aKeyReadingABodyFieldNeedsAJsonBody() {
        SpecFixture withBody = SpecFixture.of(dir, HEADER + LOGIN.formatted("{capacity: 5, period: 1m, key: "
                + "ip+body.email}")).assertClean();
        assertThat(withBody.operation("login").rateLimit().orElseThrow().key().bodyField()).isEqualTo("email");

        SpecFixture withoutBody = SpecFixture.of(dir, HEADER + """
                paths:
                  /logout:
                    post:
                      operationId: logout
                      x-keel-rate-limit:
                        capacity: 5
                        period: 1m
                        key: ip+body.email
                      responses: {'204': {description: ok}}
                """);
        assertThat(withoutBody.errors()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple(10, "/paths/~1logout/post/x-keel-rate-limit/key", "x-keel-rate-limit counts "
                        + "per ip+body.email, but POST /logout takes no JSON request body to read 'email' from"));
    }
}
