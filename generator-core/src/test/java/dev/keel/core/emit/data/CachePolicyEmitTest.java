package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What x-keel-cache changes in a generated service (compiled without warnings): {@code false} leaves the read
 * uncached, a ttl is the cache's time in Redis, and without it reads are cached for {@code keel.cache.ttl}.
 */
class CachePolicyEmitTest {

    @TempDir
    Path dir;

    @Test
    void falseLeavesReadsByIdUncachedAndATtlIsKeptPerOperation() throws Exception {
        String contract = Files.readString(GeneratedDataApp.SAMPLE_SPEC)
                .replace("operationId: getProject", "operationId: getProject\n      x-keel-cache: false")
                .replace("operationId: listProjects", "operationId: listProjects\n      x-keel-cache: {ttl: 2m}");
        Path spec = dir.resolve("openapi.yaml");
        Files.writeString(spec, contract);

        GeneratedDataApp app = GeneratedDataApp.generate(spec, List.of(GeneratedDataApp.SAMPLE_DDL),
                "com.example.uncached", List.of());
        String service = app.source("ProjectService");

        assertThat(service).contains("return new ResourceCache(new NoOpCache(\"project\"), "
                + "caches.cache(\"project.pages\", new TypeReference<ProjectPage>() {\n        }, "
                + "Duration.ofSeconds(120)), true);");
        assertThat(service).as("the read by id goes to the database").doesNotContain("getFromDatabase")
                .contains("return repository.findById(owners.visibleOwner(), id)");
        assertThat(service).contains("return cache.page(scope, Arrays.asList(page, limit, status, sort), () -> "
                + "listFromDatabase(page, limit, status, sort));");
    }

    @Test
    void withoutTheExtensionReadsByIdAndListsAreCachedForTheConfiguredTime() {
        String service = GeneratedDataApp.sample().source("ProjectService");

        assertThat(service).contains("caches.cache(\"project\", new TypeReference<Project>() {\n        }, null)")
                .contains("return cache.item(scope, id, () -> getFromDatabase(id));")
                .contains("cache.written(owners.visibleOwner(), id);")
                .contains("cache.created();");
        assertThat(service).as("a hit borrows no database connection: the cached reads open no transaction")
                .contains("     */\n    public Project get(UUID id) {", "     */\n    public ProjectPage list(");
    }
}
