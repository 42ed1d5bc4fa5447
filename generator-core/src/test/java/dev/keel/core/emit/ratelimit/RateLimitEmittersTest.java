package dev.keel.core.emit.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.security.GeneratedApp;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which contracts get the {@code ratelimit} package, and what it holds. */
class RateLimitEmittersTest {

    @TempDir
    Path dir;

    @Test
    void aContractWithoutRateLimitsGetsNothingThatNeedsBucket4j() throws IOException {
        List<GeneratedFile> files = generate("""
                openapi: 3.0.3
                info: {title: Open API, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses: {'204': {description: Things.}}
                """);

        assertThat(files).isNotEmpty();
        assertThat(files).noneSatisfy(file -> assertThat(file.relativePath()).contains("/ratelimit/"));
        assertThat(files).noneSatisfy(file -> assertThat(file.contentAsString()).contains("bucket4j"));
    }

    @Test
    void oneOperationLimitIsEnoughForThePackageAndAnUnsecuredContractCompilesWithoutSpringSecurityTypes() {
        List<GeneratedFile> files = GeneratedApp.compile("""
                openapi: 3.0.3
                info: {title: Open API, version: '1'}
                paths:
                  /things:
                    get:
                      tags: [things]
                      operationId: listThings
                      x-keel-rate-limit: {capacity: 10, period: 30s, key: ip}
                      responses: {'204': {description: Things.}}
                """, "com.example.open", List.of(GeneratedApp.source("com.example.open.app.MyThingsHandler", """
                package com.example.open.app;

                import com.example.open.api.ThingsHandler;
                import org.springframework.stereotype.Component;

                @Component
                public class MyThingsHandler implements ThingsHandler {

                    @Override
                    public void listThings() {
                    }
                }
                """))).files;

        assertThat(files).filteredOn(file -> file.relativePath().contains("/ratelimit/"))
                .extracting(file -> file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("CachedBodyRequest.java", "ClientAddresses.java", "BucketTable.java",
                        "RateLimitBuckets.java", "RateLimitConfiguration.java", "RateLimitFilter.java",
                        "RateLimitMetrics.java", "RateLimitPolicy.java", "RateLimitProperties.java");
        String policy = source(files, "RateLimitPolicy.java");
        assertThat(policy).contains("declared.add(route(\"GET\", \"/things\", \"listThings\", new Limit(\"listThings\", "
                + "10L, Duration.ofSeconds(30), Key.IP, \"\"), settings));");
        assertThat(source(files, "RateLimitFilter.java")).doesNotContain("springframework.security");
    }

    private List<GeneratedFile> generate(String contract) throws IOException {
        Path spec = dir.resolve("openapi.yaml");
        Files.writeString(spec, contract);
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(spec, diagnostics);
        diagnostics.throwIfErrors("read contract");
        return Keel.emit(new EmitContext(api, new KeelConfig(spec, List.of(), "com.example.open", dir.resolve("out"),
                Optional.empty())));
    }

    private static String source(List<GeneratedFile> files, String name) {
        return files.stream().filter(file -> file.relativePath().endsWith("/" + name)).findFirst().orElseThrow()
                .contentAsString();
    }
}
