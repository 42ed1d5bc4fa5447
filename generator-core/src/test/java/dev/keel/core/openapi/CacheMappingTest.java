package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.CachePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operation's x-keel-cache: off, on, or a ttl in seconds or as a duration; anything else a located error. */
class CacheMappingTest {

    private static final String GET = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  x-keel-cache: %s
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: ok}}
            """;

    @TempDir
    Path dir;

    @Test
    void aTtlIsSecondsOrADurationAndFalseTurnsCachingOff() {
        assertThat(policy("{ttl: 300}")).contains(new CachePolicy(true, Optional.of(Duration.ofSeconds(300))));
        assertThat(policy("{ttl: 5m}")).contains(new CachePolicy(true, Optional.of(Duration.ofMinutes(5))));
        assertThat(policy("{ttl: '45s'}")).contains(new CachePolicy(true, Optional.of(Duration.ofSeconds(45))));
        assertThat(policy("false")).contains(CachePolicy.DISABLED);
        assertThat(policy("true")).contains(CachePolicy.DEFAULT);
    }

    @Test
    void withoutTheExtensionReadsAreCachedForTheConfiguredTime() {
        SpecFixture sample = SpecFixture.read(Path.of("../sample-specs/projects/openapi.yaml")).assertClean();

        assertThat(sample.operation("getProject").cache()).isEmpty();
        assertThat(sample.operation("getProject").cachePolicy()).isEqualTo(CachePolicy.DEFAULT);
    }

    @Test
    void aValueKeelCannotUseIsAnErrorAtItsLineAndPointer() {
        assertThat(errors("{ttl: 0}")).containsExactly(tuple(7, "/paths/~1things~1{id}/get/x-keel-cache/ttl",
                "The ttl of x-keel-cache is whole seconds from 1, or a whole number followed by s, m, h or d "
                        + "(at most 365d), e.g. 300 or 5m; '0' is not"));
        assertThat(errors("{ttl: 5 minutes}")).extracting(tuple -> tuple.toList().get(1))
                .containsExactly("/paths/~1things~1{id}/get/x-keel-cache/ttl");
        assertThat(errors("sometimes")).containsExactly(tuple(7, "/paths/~1things~1{id}/get/x-keel-cache",
                "x-keel-cache is false, true or a mapping like {ttl: 300} (seconds) or {ttl: 5m}; found 'sometimes'"));
        assertThat(errors("{ttl: 60, scope: user}")).containsExactly(tuple(7,
                "/paths/~1things~1{id}/get/x-keel-cache/scope", "x-keel-cache takes ttl only; 'scope' is not it"));
        assertThat(errors("{}")).extracting(tuple -> tuple.toList().get(2)).containsExactly(
                "x-keel-cache needs a ttl, e.g. {ttl: 300} or {ttl: 5m}; write true for the configured default");
    }

    @Test
    void theErrorIsPrintedWithFileLineAndPointer() {
        SpecFixture spec = SpecFixture.of(dir, GET.formatted("{ttl: -5}"));

        assertThat(spec.errors()).singleElement().satisfies(error -> assertThat(error.format())
                .matches(".*openapi\\.yaml:7: error: The ttl of x-keel-cache .* '-5' is not "
                        + "\\[#/paths/~1things~1\\{id}/get/x-keel-cache/ttl]"));
    }

    private Optional<CachePolicy> policy(String value) {
        return SpecFixture.of(dir, GET.formatted(value)).assertClean().operation("getThing").cache();
    }

    private java.util.List<org.assertj.core.groups.Tuple> errors(String value) {
        return SpecFixture.of(dir, GET.formatted(value)).errors().stream()
                .map(error -> tuple(error.line(), error.pointer(), error.message())).toList();
    }
}
