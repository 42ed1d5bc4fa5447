package dev.keel.maven;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Spring Boot backend from the OpenAPI contract into {@code outputDirectory} and adds its
 * {@code java/} directory as a compile source root and its {@code resources/} directory as a resource
 * directory of the project. Files whose content did not change are left untouched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The OpenAPI 3.0 or 3.1 contract (YAML or JSON); external {@code $ref}s resolve relative to it. */
    @Parameter(property = "keel.spec", required = true)
    private File spec;

    /** SQL DDL files describing the database, applied in the order given. */
    @Parameter(property = "keel.schema")
    private List<File> schema;

    /** Java package of the generated code, e.g. {@code com.example.app}; types go into sub-packages. */
    @Parameter(property = "keel.basePackage", required = true)
    private String basePackage;

    /**
     * Where Keel writes {@code java/} and {@code resources/}. Keel owns this directory: files it wrote in an
     * earlier run and no longer produces are removed.
     */
    @Parameter(property = "keel.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/keel",
            required = true)
    private File outputDirectory;

    /**
     * Where the generated contract tests go ({@code java/} below it, added as a test source root), e.g.
     * {@code ${project.build.directory}/generated-test-sources/keel}; unset, no tests are generated. The tests extend
     * {@code ContractTestBase}, which the project writes in src/test (see {@code KeelTestClient}).
     */
    @Parameter(property = "keel.testOutputDirectory")
    private File testOutputDirectory;

    /** Templates that replace built-in ones with the same file name; every other template stays built in. */
    @Parameter(property = "keel.templateDirectory")
    private File templateDirectory;

    /**
     * Where the Flyway migrations made from the DDL are kept; commit them. Keel never changes a migration
     * that exists, it only adds the next version when the DDL changed.
     */
    @Parameter(property = "keel.migrationDirectory", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    private File migrationDirectory;

    /**
     * JDBC URL of a live database to read the tables from instead of {@code schema}, e.g.
     * {@code jdbc:postgresql://localhost:5432/app}. Migrations are planned from DDL files only.
     */
    @Parameter(property = "keel.jdbcUrl")
    private String jdbcUrl;

    /** User for {@code jdbcUrl}. */
    @Parameter(property = "keel.jdbcUser")
    private String jdbcUser;

    /** Password for {@code jdbcUrl}; never printed. */
    @Parameter(property = "keel.jdbcPassword")
    private String jdbcPassword;

    /** Writes drops of tables and columns into a new migration instead of leaving them commented out. */
    @Parameter(property = "keel.allowDestructiveMigrations", defaultValue = "false")
    private boolean allowDestructiveMigrations;

    /** Also prints how each resource of the contract is bound to its table and columns. */
    @Parameter(property = "keel.verbose", defaultValue = "false")
    private boolean verbose;

    /** Skips generation; nothing is written and no source root is added. */
    @Parameter(property = "keel.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Keel: skipped (keel.skip is true)");
            return;
        }
        try {
            KeelConfig config = config();
            GenerationResult result = new Keel().generate(config);
            registerOutput(config);
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

    KeelConfig config() {
        KeelConfig config = new GenerateParameters(spec, schema, basePackage, outputDirectory, templateDirectory,
                migrationDirectory, allowDestructiveMigrations, jdbcUrl, jdbcUser, jdbcPassword).toConfig();
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

    /** Every warning and note of the run, then exactly one summary line. */
    void report(GenerationResult result) {
        logWarnings(result.warnings());
        if (verbose && !result.bindings().resources().isEmpty()) {
            result.describeBindings().lines().forEach(getLog()::info);
        }
        getLog().info(result.summary());
    }

    private void logWarnings(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
                getLog().warn(diagnostic.format());
            } else if (diagnostic.severity() == Diagnostic.Severity.INFO) {
                getLog().info(diagnostic.format());
            }
        }
    }

    private static String absolute(File file) {
        return file.getAbsoluteFile().toPath().normalize().toString();
    }
}
