package dev.keel.maven;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.DeploymentConfig;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.GenerationFailedException;
import java.io.File;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the Spring Boot backend from the OpenAPI contract into {@code outputDirectory} and adds its
 * {@code java/} directory as a compile source root and its {@code resources/} directory as a resource
 * directory of the project. Files whose content did not change are left untouched, and a build whose inputs did
 * not change since the last one generates nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractKeelMojo {

    /**
     * Where the Dockerfile, compose file, {@code .env.example} and Kubernetes manifests go; commit them. Keel owns
     * this directory and rewrites it on every build: change a file by overriding its template.
     */
    @Parameter(property = "keel.deployDirectory", defaultValue = "${project.basedir}/deploy")
    private File deployDirectory;

    /** Writes the deployment files; false leaves {@code deployDirectory} alone. */
    @Parameter(property = "keel.deploy", defaultValue = "true")
    private boolean deploy;

    /**
     * Where the generated contract tests go ({@code java/} below it, added as a test source root), e.g.
     * {@code ${project.build.directory}/generated-test-sources/keel}; unset, no tests are generated. The tests extend
     * {@code ContractTestBase}, which the project writes in src/test (see {@code KeelTestClient}).
     */
    @Parameter(property = "keel.testOutputDirectory")
    private File testOutputDirectory;

    /** Also prints how each resource of the contract is bound to its table and columns. */
    @Parameter(property = "keel.verbose", defaultValue = "false")
    private boolean verbose;

    /** Prints what would be written, changed and removed, and writes nothing. */
    @Parameter(property = "keel.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Skips generation when no input (contract and its references, DDL, configuration, templates, migrations,
     * Keel itself) changed since the last run and the generated files are as Keel wrote them.
     */
    @Parameter(property = "keel.incremental", defaultValue = "true")
    private boolean incremental;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Keel: skipped (keel.skip is true)");
            return;
        }
        try {
            KeelConfig config = config();
            GenerationResult result = new Keel().generate(
                    config.withRun(runOptions().withDryRun(dryRun).withIncremental(incremental)));
            if (!dryRun) {
                registerOutput(config);
            }
            report(result);
        } catch (GenerationFailedException e) {
            logWarnings(e.diagnostics());
            // No cause: the located diagnostics are the whole story, a stack trace would only bury them.
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Keel failed unexpectedly while generating from " + spec + " ("
                    + e + "); please report this with the contract that caused it", e);
        }
    }

    @Override
    KeelConfig config() {
        Optional<DeploymentConfig> deployment = deploy ? Optional.of(new DeploymentConfig(deployDirectory.toPath(),
                project.getBasedir().toPath(), project.getBuild().getFinalName() + ".jar")) : Optional.empty();
        KeelConfig config = super.config().withDeployment(deployment);
        return testOutputDirectory == null ? config : config.withTestOutputDirectory(testOutputDirectory.toPath());
    }

    /** Makes the generated sources and resources part of the build; idempotent when the goal runs twice. */
    void registerOutput(KeelConfig config) {
        String javaDirectory = absolute(config.javaDirectory().toFile());
        if (!project.getCompileSourceRoots().contains(javaDirectory)) {
            project.addCompileSourceRoot(javaDirectory);
        }
        String resourcesDirectory = absolute(config.resourcesDirectory().toFile());
        boolean known = project.getResources().stream()
                .anyMatch(resource -> resourcesDirectory.equals(resource.getDirectory()));
        if (!known) {
            Resource resource = new Resource();
            resource.setDirectory(resourcesDirectory);
            project.addResource(resource);
        }
        config.testJavaDirectory().map(directory -> absolute(directory.toFile()))
                .filter(directory -> !project.getTestCompileSourceRoots().contains(directory))
                .ifPresent(project::addTestCompileSourceRoot);
    }

    /** Every warning and note of the run, in a dry run each file it would touch, then one summary line. */
    void report(GenerationResult result) {
        logWarnings(result.warnings());
        if (verbose && !result.bindings().resources().isEmpty()) {
            result.describeBindings().lines().forEach(getLog()::info);
        }
        if (result.dryRun()) {
            result.files().written().forEach(path -> getLog().info("Keel dry run: would write " + path));
            result.files().removed().forEach(path -> getLog().info("Keel dry run: would remove " + path));
            result.migration().ifPresent(path -> getLog().info("Keel dry run: would add migration " + path));
        }
        getLog().info(result.summary());
        result.deploymentSummary().ifPresent(getLog()::info);
    }

    private static String absolute(File file) {
        return file.getAbsoluteFile().toPath().normalize().toString();
    }
}
