package dev.keel.maven;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.RunOptions;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.extension.Extensions;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters {@code generate} and {@code check} share: what to read, where Keel's files go. */
abstract class AbstractKeelMojo extends AbstractMojo {

    /** The OpenAPI 3.0 or 3.1 contract (YAML or JSON); external {@code $ref}s resolve relative to it. */
    @Parameter(property = "keel.spec", required = true)
    File spec;

    /** SQL DDL files describing the database, applied in the order given. */
    @Parameter(property = "keel.schema")
    List<File> schema;

    /** Java package of the generated code, e.g. {@code com.example.app}; types go into sub-packages. */
    @Parameter(property = "keel.basePackage", required = true)
    String basePackage;

    /**
     * Where Keel writes {@code java/} and {@code resources/}. Keel owns this directory: files it wrote in an
     * earlier run and no longer produces are removed; files it did not write are left alone and named.
     */
    @Parameter(property = "keel.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/keel",
            required = true)
    File outputDirectory;

    /** Templates that replace built-in ones with the same file name; every other template stays built in. */
    @Parameter(property = "keel.templateDirectory")
    File templateDirectory;

    /**
     * Where the Flyway migrations made from the DDL are kept; commit them. Keel never changes a migration
     * that exists, it only adds the next version when the DDL changed.
     */
    @Parameter(property = "keel.migrationDirectory", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrationDirectory;

    /**
     * The normalized contract Keel writes on every run; commit it. {@code keel:check} compares the contract with
     * it to find breaking changes, and {@code generate} names operations renamed since.
     */
    @Parameter(property = "keel.contractSnapshot",
            defaultValue = "${project.basedir}/src/main/resources/keel/contract-snapshot.json")
    File contractSnapshot;

    /**
     * JDBC URL of a live database to read the tables from instead of {@code schema}, e.g.
     * {@code jdbc:postgresql://localhost:5432/app}. Migrations are planned from DDL files only.
     */
    @Parameter(property = "keel.jdbcUrl")
    String jdbcUrl;

    /** User for {@code jdbcUrl}. */
    @Parameter(property = "keel.jdbcUser")
    String jdbcUser;

    /** Password for {@code jdbcUrl}; never printed. */
    @Parameter(property = "keel.jdbcPassword")
    String jdbcPassword;

    /** Writes drops of tables and columns into a new migration instead of leaving them commented out. */
    @Parameter(property = "keel.allowDestructiveMigrations", defaultValue = "false")
    boolean allowDestructiveMigrations;

    /** Skips the goal; nothing is written or checked. */
    @Parameter(property = "keel.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    KeelConfig config() {
        return new GenerateParameters(spec, schema, basePackage, outputDirectory, templateDirectory,
                migrationDirectory, allowDestructiveMigrations, jdbcUrl, jdbcUser, jdbcPassword).toConfig();
    }

    /** The snapshot, and every {@code KeelExtension} among the plugin's {@code <dependencies>}. */
    RunOptions runOptions() {
        RunOptions options = RunOptions.DEFAULTS
                .withContractSnapshot(Optional.ofNullable(contractSnapshot).map(File::toPath))
                .withExtensions(Extensions.load(AbstractKeelMojo.class.getClassLoader()));
        options.extensions().forEach(extension -> getLog().info("Keel: extension " + extension.name()));
        return options;
    }

    void logWarnings(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
                getLog().warn(diagnostic.format());
            } else if (diagnostic.severity() == Diagnostic.Severity.INFO) {
                getLog().info(diagnostic.format());
            }
        }
    }
}
