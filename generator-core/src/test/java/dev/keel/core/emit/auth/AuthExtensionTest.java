package dev.keel.core.emit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Operation;
import dev.keel.core.openapi.OpenApiReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code x-keel-auth} as the contract reader sees it. */
class AuthExtensionTest {

    private static final Path SAMPLE = Path.of("../sample-specs/projects/openapi.yaml");

    @Test
    void theSampleMarksItsFiveAccountOperations() {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(SAMPLE, diagnostics);

        Map<String, String> kinds = api.operations().stream().filter(operation -> operation.auth().isPresent())
                .collect(Collectors.toMap(Operation::operationId, operation -> operation.auth().orElseThrow()));

        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("register", "register", "login", "login",
                "refresh", "refresh", "logout", "logout", "getProfile", "profile"));
        assertThat(api.operations().stream().filter(operation -> operation.tag().equals("projects")))
                .allMatch(operation -> operation.auth().isEmpty());
    }

    @Test
    void anUnknownKindIsAnErrorAtTheExtension() throws Exception {
        Path spec = Files.createTempFile("keel-auth", ".yaml");
        Files.writeString(spec, Files.readString(SAMPLE).replace("x-keel-auth: logout", "x-keel-auth: signout"));
        Diagnostics diagnostics = new Diagnostics();

        new OpenApiReader().read(spec, diagnostics);

        assertThat(diagnostics.all()).filteredOn(Diagnostic::isError).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/paths/~1auth~1logout/post/x-keel-auth");
            assertThat(error.message())
                    .isEqualTo("x-keel-auth must be one of register, login, refresh, logout, profile; found signout");
        });
    }
}
