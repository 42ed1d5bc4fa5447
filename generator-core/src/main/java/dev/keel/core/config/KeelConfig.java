package dev.keel.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one generation run needs; front ends (the Maven plugin, the command line) map their
 * parameters onto this and nothing else.
 *
 * @param spec the OpenAPI document
 * @param schemas DDL files, in the order they are applied
 * @param basePackage the Java package of the generated code, e.g. {@code com.example.app}
 * @param outputDirectory holds {@code java/} and {@code resources/}; Keel owns what it writes there
 * @param templateDirectory user templates that override built-in ones by file name
 * @param migrationDirectory where the committed Flyway migrations live; Keel only ever adds the next one
 * @param allowDestructiveMigrations whether a drop of a table or column is written as SQL rather than as a
 *     commented-out step with a warning
 * @param database a live database to read the tables from instead of DDL files; migrations are then not planned
 * @param run dry run, incremental runs, the contract snapshot and extensions
 * @param deployment where the Dockerfile, compose file and Kubernetes manifests go; none are written when empty
 * @param testOutputDirectory where the generated contract tests go ({@code java/} below it); none are generated
 *     when empty
 */
public record KeelConfig(
        Path spec,
        List<Path> schemas,
        String basePackage,
        Path outputDirectory,
        Optional<Path> templateDirectory,
        Optional<Path> migrationDirectory,
        boolean allowDestructiveMigrations,
        Optional<LiveDatabase> database,
        RunOptions run,
        Optional<DeploymentConfig> deployment,
        Optional<Path> testOutputDirectory) {

    public KeelConfig {
        schemas = List.copyOf(schemas);
    }

    /** A run with {@link RunOptions#DEFAULTS} that writes no deployment files and generates no tests. */
    public KeelConfig(Path spec, List<Path> schemas, String basePackage, Path outputDirectory,
            Optional<Path> templateDirectory, Optional<Path> migrationDirectory, boolean allowDestructiveMigrations,
            Optional<LiveDatabase> database) {
        this(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, database, RunOptions.DEFAULTS, Optional.empty(), Optional.empty());
    }

    /** A run that writes no deployment files. */
    public KeelConfig(Path spec, List<Path> schemas, String basePackage, Path outputDirectory,
            Optional<Path> templateDirectory, Optional<Path> migrationDirectory, boolean allowDestructiveMigrations,
            Optional<LiveDatabase> database, RunOptions run) {
        this(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, database, run, Optional.empty(), Optional.empty());
    }

    /** A run with {@link RunOptions#DEFAULTS}. */
    public KeelConfig(Path spec, List<Path> schemas, String basePackage, Path outputDirectory,
            Optional<Path> templateDirectory, Optional<Path> migrationDirectory, boolean allowDestructiveMigrations,
            Optional<LiveDatabase> database, Optional<DeploymentConfig> deployment) {
        this(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, database, RunOptions.DEFAULTS, deployment, Optional.empty());
    }

    public KeelConfig withRun(RunOptions value) {
        return new KeelConfig(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, database, value, deployment, testOutputDirectory);
    }

    public KeelConfig withDeployment(Optional<DeploymentConfig> value) {
        return new KeelConfig(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, database, run, value, testOutputDirectory);
    }

    /**
     * The same run writing into other directories: how {@code check} regenerates beside the committed files.
     * It writes no deployment files: those are not what {@code check} compares.
     */
    public KeelConfig relocated(Path output, Optional<Path> migrations, Optional<Path> snapshot) {
        return new KeelConfig(spec, schemas, basePackage, output, templateDirectory, migrations,
                allowDestructiveMigrations, database, run.withContractSnapshot(snapshot), Optional.empty(),
                Optional.empty());
    }

    /** The same run, with the generated tests written below {@code directory}. */
    public KeelConfig withTestOutputDirectory(Path directory) {
        return new KeelConfig(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, database, run, deployment, Optional.of(directory));
    }

    /** A run whose tables come from DDL files only. */
    public KeelConfig(Path spec, List<Path> schemas, String basePackage, Path outputDirectory,
            Optional<Path> templateDirectory, Optional<Path> migrationDirectory, boolean allowDestructiveMigrations) {
        this(spec, schemas, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, Optional.empty());
    }

    /** A run that writes no migrations: the API layer, and table classes when DDL is given. */
    public KeelConfig(Path spec, List<Path> schemas, String basePackage, Path outputDirectory,
            Optional<Path> templateDirectory) {
        this(spec, schemas, basePackage, outputDirectory, templateDirectory, Optional.empty(), false);
    }

    public Path javaDirectory() {
        return outputDirectory.resolve("java");
    }

    public Path resourcesDirectory() {
        return outputDirectory.resolve("resources");
    }

    /** The test source root of the generated tests; empty when none are generated. */
    public Optional<Path> testJavaDirectory() {
        return testOutputDirectory.map(directory -> directory.resolve("java"));
    }
}
