package dev.keel.maven;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.LiveDatabase;
import dev.keel.core.diag.Diagnostics;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The values of the {@code generate} goal's parameters, as Maven injected them, and their mapping onto
 * {@link KeelConfig}. Checks here are the ones whose message should name the pom element to fix.
 *
 * @param schema may be null when the pom sets none
 * @param templateDirectory null when the pom sets none
 * @param migrationDirectory null when the pom sets none
 * @param jdbcUrl a live database to read the tables from instead of {@code schema}; null when the pom sets none
 * @param jdbcUser null when the pom sets none
 * @param jdbcPassword null when the pom sets none
 */
record GenerateParameters(
        File spec,
        List<File> schema,
        String basePackage,
        File outputDirectory,
        File templateDirectory,
        File migrationDirectory,
        boolean allowDestructiveMigrations,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword) {

    static final String STAGE = "check plugin parameters";

    /** Parameters of a run whose tables come from DDL files only. */
    GenerateParameters(File spec, List<File> schema, String basePackage, File outputDirectory, File templateDirectory,
            File migrationDirectory, boolean allowDestructiveMigrations) {
        this(spec, schema, basePackage, outputDirectory, templateDirectory, migrationDirectory,
                allowDestructiveMigrations, null, null, null);
    }

    /**
     * @throws dev.keel.core.diag.GenerationFailedException listing every parameter that names a missing file
     *     or is not usable, so the user fixes all of them in one run
     */
    KeelConfig toConfig() {
        Diagnostics diagnostics = new Diagnostics();
        requireFile(spec, "spec", "the OpenAPI contract", diagnostics);
        List<File> schemaFiles = schema == null ? List.of() : schema;
        schemaFiles.forEach(file -> requireFile(file, "schema", "a DDL file", diagnostics));
        if (templateDirectory != null && !templateDirectory.isDirectory()) {
            diagnostics.error(templateDirectory.getPath(), 0, "",
                    "the template directory does not exist; fix <templateDirectory> (property keel.templateDirectory)"
                            + " or remove it to use the built-in templates");
        }
        if (basePackage == null || !SourceVersion.isName(basePackage)) {
            diagnostics.error("pom.xml", 0, "", "<basePackage> (property keel.basePackage) '" + basePackage
                    + "' is not a Java package name, e.g. com.example.app");
        }
        Optional<LiveDatabase> database = liveDatabase(schemaFiles, diagnostics);
        diagnostics.throwIfErrors(STAGE);
        return new KeelConfig(
                spec.toPath(),
                schemaFiles.stream().map(File::toPath).toList(),
                basePackage,
                outputDirectory.toPath(),
                Optional.ofNullable(templateDirectory).map(File::toPath),
                Optional.ofNullable(migrationDirectory).map(File::toPath),
                allowDestructiveMigrations,
                database);
    }

    private Optional<LiveDatabase> liveDatabase(List<File> schemaFiles, Diagnostics diagnostics) {
        if (isBlank(jdbcUrl)) {
            if (!isBlank(jdbcUser) || !isBlank(jdbcPassword)) {
                diagnostics.error("pom.xml", 0, "", "<jdbcUser> or <jdbcPassword> is set but <jdbcUrl> (property "
                        + "keel.jdbcUrl) is not; set the URL of the database to read the tables from");
            }
            return Optional.empty();
        }
        if (!jdbcUrl.startsWith("jdbc:")) {
            diagnostics.error("pom.xml", 0, "", "<jdbcUrl> (property keel.jdbcUrl) must be a JDBC URL, e.g. "
                    + "jdbc:postgresql://localhost:5432/app");
            return Optional.empty();
        }
        if (!schemaFiles.isEmpty()) {
            diagnostics.error("pom.xml", 0, "", "<schema> and <jdbcUrl> are both set; the tables come from DDL "
                    + "files or from a live database, so remove one of them");
        }
        LiveDatabase database = new LiveDatabase(jdbcUrl, Optional.ofNullable(jdbcUser).filter(u -> !isBlank(u)),
                Optional.ofNullable(jdbcPassword).filter(p -> !p.isEmpty()));
        return Optional.of(database);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireFile(File file, String element, String what, Diagnostics diagnostics) {
        if (file == null) {
            diagnostics.error("pom.xml", 0, "", "<" + element + "> (property keel." + element + ") is not set");
        } else if (!file.isFile()) {
            diagnostics.error(file.getPath(), 0, "", "file not found; <" + element + "> (property keel." + element
                    + ") must name " + what);
        }
    }
}
