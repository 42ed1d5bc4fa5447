package dev.keel.maven;

import dev.keel.core.check.CheckResult;
import dev.keel.core.check.ContractChange;
import dev.keel.core.check.DriftCheck;
import dev.keel.core.diag.GenerationFailedException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * For CI: regenerates into a temporary directory and fails when the committed files Keel owns (the migrations
 * and the contract snapshot) are not what the contract and DDL produce, printing a unified diff and the command
 * that fixes it. Lists the contract's breaking changes since the committed snapshot. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractKeelMojo {

    /** Fails the build on a breaking change of the contract (removed operation or field, narrowed type...). */
    @Parameter(property = "keel.failOnBreaking", defaultValue = "false")
    private boolean failOnBreaking;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Keel: check skipped (keel.skip is true)");
            return;
        }
        CheckResult result;
        try {
            result = DriftCheck.run(config().withRun(runOptions()));
        } catch (GenerationFailedException e) {
            logWarnings(e.diagnostics());
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Keel failed unexpectedly while checking " + spec + " (" + e
                    + "); please report this with the contract that caused it", e);
        }
        for (ContractChange change : result.changes()) {
            getLog().warn(change.format());
        }
        if (failOnBreaking && !result.breaking().isEmpty()) {
            throw new MojoFailureException(result.describeBreaking()
                    + "\nKeep the old contract compatible, or set <failOnBreaking>false</failOnBreaking> to accept them.");
        }
        if (!result.upToDate()) {
            throw new MojoFailureException(result.describeStale());
        }
        getLog().info("Keel: committed migrations and contract snapshot are up to date");
    }
}
