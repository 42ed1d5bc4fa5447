package dev.keel.maven;

import dev.keel.core.config.KeelConfig;
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
 */
record GenerateParameters(
        File spec,
        List<File> schema,
        String basePackage,
        File outputDirectory,
        File templateDirectory,
        File migrationDirectory,
        boolean allowDestructiveMigrations) {

    static final String STAGE = "check plugin parameters";

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
        diagnostics.throwIfErrors(STAGE);
        return new KeelConfig(
                spec.toPath(),
                schemaFiles.stream().map(File::toPath).toList(),
                basePackage,
                outputDirectory.toPath(),
                Optional.ofNullable(templateDirectory).map(File::toPath),
                Optional.ofNullable(migrationDirectory).map(File::toPath),
                allowDestructiveMigrations);
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
