package dev.keel.core.emit.deploy;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.write.OutputWriter;
import dev.keel.core.write.WriteReport;
import java.util.List;
import java.util.Optional;

/**
 * The deployment step of a run: renders the deployment files from the app's other files and writes them into the
 * deployment directory, which Keel owns like the generated sources (unchanged files are not touched, files it no
 * longer makes are removed). Nothing happens when the configuration names no deployment directory.
 */
public final class DeploymentStage {

    private DeploymentStage() {
    }

    public static Optional<WriteReport> write(EmitContext context, List<GeneratedFile> application) {
        return context.config().deployment().map(deployment -> new OutputWriter(deployment.directory())
                .write(new DeploymentEmitter().emit(context, deployment, application)));
    }
}
