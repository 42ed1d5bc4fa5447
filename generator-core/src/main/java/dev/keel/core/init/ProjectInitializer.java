package dev.keel.core.init;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import dev.keel.core.emit.resources.TemplateRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a new Keel project: a pom with the plugin configured, a starter contract and DDL that bind to each other,
 * the application's configuration and a README, each from a template under {@code init/}. It never overwrites: if
 * any of the files exists, it writes none and names every one in the way.
 */
public final class ProjectInitializer {

    /** Template name to path in the new project. */
    static final Map<String, String> FILES = files();

    private ProjectInitializer() {
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("init/pom.xml.ftl", "pom.xml");
        files.put("init/openapi.yaml.ftl", "src/main/openapi/openapi.yaml");
        files.put("init/schema.sql.ftl", "src/main/sql/schema.sql");
        files.put("init/application.yaml.ftl", "src/main/resources/application.yaml");
        files.put("init/README.md.ftl", "README.md");
        return Map.copyOf(files);
    }

    /** The files written, relative to {@code directory}, in a stable order. */
    public static List<String> init(Path directory, NewProject project) {
        List<String> inTheWay = FILES.values().stream().sorted()
                .filter(path -> Files.exists(directory.resolve(path))).toList();
        if (!inTheWay.isEmpty()) {
            List<Diagnostic> errors = inTheWay.stream().map(path -> Diagnostic.error(
                    directory.resolve(path).toString(), 0, "", "exists; keel:init never overwrites a file, so it "
                            + "wrote nothing. Run it in an empty directory or move the file away")).toList();
            throw new GenerationFailedException("create project", errors);
        }
        TemplateRenderer renderer = new TemplateRenderer(Optional.empty());
        List<String> written = new ArrayList<>();
        try {
            for (String template : FILES.keySet().stream().sorted().toList()) {
                Path target = directory.resolve(FILES.get(template));
                Files.createDirectories(target.getParent());
                Files.writeString(target, withoutHeader(renderer.render(template, project)), StandardCharsets.UTF_8);
                written.add(FILES.get(template));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not write the new project into " + directory, e);
        }
        return written.stream().sorted().toList();
    }

    /** The templates' comment lines leave empty lines behind; a pom must start with its XML declaration. */
    private static String withoutHeader(String text) {
        return text.stripLeading();
    }
}
