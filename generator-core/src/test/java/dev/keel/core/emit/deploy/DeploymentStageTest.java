package dev.keel.core.emit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.Keel;
import dev.keel.core.config.DeploymentConfig;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import dev.keel.core.write.WriteReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployment directory as a user's project sees it across builds. */
class DeploymentStageTest {

    @TempDir
    Path project;

    @Test
    void firstBuildWritesEveryFileAndTheNextTouchesNone() throws IOException {
        EmitContext context = context(Optional.of(new DeploymentConfig(project.resolve("deploy"), project, "app.jar")));

        WriteReport first = DeploymentStage.write(context, Keel.emit(context)).orElseThrow();
        WriteReport second = DeploymentStage.write(context, Keel.emit(context)).orElseThrow();

        assertThat(first.written()).contains("Dockerfile", "compose.yaml", ".env.example", "k8s/deployment.yaml");
        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(first.written());
        assertThat(Files.readString(project.resolve("deploy/Dockerfile"))).contains("target/app.jar");
    }

    @Test
    void aHandEditedFileIsRestoredFromItsTemplate() throws IOException {
        EmitContext context = context(Optional.of(new DeploymentConfig(project.resolve("deploy"), project, "app.jar")));
        DeploymentStage.write(context, Keel.emit(context));
        String generated = Files.readString(project.resolve("deploy/compose.yaml"));
        Files.writeString(project.resolve("deploy/compose.yaml"), "edited\n");

        WriteReport again = DeploymentStage.write(context, Keel.emit(context)).orElseThrow();

        assertThat(again.written()).containsExactly("compose.yaml");
        assertThat(Files.readString(project.resolve("deploy/compose.yaml"))).isEqualTo(generated);
    }

    @Test
    void withoutADeploymentDirectoryNothingIsWritten() throws IOException {
        EmitContext context = context(Optional.empty());

        assertThat(DeploymentStage.write(context, Keel.emit(context))).isEmpty();
        try (var entries = Files.list(project)) {
            assertThat(entries).isEmpty();
        }
    }

    private EmitContext context(Optional<DeploymentConfig> deployment) {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(DeploymentFiles.SPEC, diagnostics);
        return new EmitContext(api, new KeelConfig(DeploymentFiles.SPEC, List.of(), "dev.keel.sample",
                project.resolve("target/generated"), Optional.empty(), Optional.empty(), false, Optional.empty(),
                deployment));
    }
}
