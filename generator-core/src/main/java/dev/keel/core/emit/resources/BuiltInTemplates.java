package dev.keel.core.emit.resources;

import dev.keel.core.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates the templates jar ships for generated apps (not the {@code init/} ones of {@code keel:init}),
 * each with the version its {@code <#-- keel-template-version: N -->} line declares; a user's override older than
 * the built-in it replaces may miss variables or fixes, so a run warns about it.
 */
public final class BuiltInTemplates {

    private static final Pattern VERSION = Pattern.compile("<#--\\s*keel-template-version:\\s*(\\d+)\\s*-->");
    private static final String ANCHOR = "application-defaults.yaml.ftl";

    private BuiltInTemplates() {
    }

    /** The file names of the built-in templates, sorted. */
    public static List<String> names() {
        URL anchor = BuiltInTemplates.class.getResource(TemplateRenderer.BUILT_IN_ROOT + "/" + ANCHOR);
        if (anchor == null) {
            return List.of();
        }
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath(TemplateRenderer.BUILT_IN_ROOT));
                }
            }
            return list(Path.of(uri).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Keel cannot list its built-in templates: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ftl"))
                    .sorted().toList();
        }
    }

    /** The text of one built-in template. */
    public static String text(String name) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(TemplateRenderer.BUILT_IN_ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in template named " + name + "; the built-in ones are "
                        + String.join(", ", names()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version a template's text declares; 0 when it declares none. */
    public static int version(String templateText) {
        Matcher matcher = VERSION.matcher(templateText);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** Warns about each override older than its built-in and each that replaces no built-in template. */
    public static void checkOverrides(Optional<Path> templateDirectory, Diagnostics diagnostics) {
        if (templateDirectory.isEmpty() || !Files.isDirectory(templateDirectory.get())) {
            return;
        }
        List<String> builtIn = names();
        try (Stream<Path> files = Files.list(templateDirectory.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!builtIn.contains(name)) {
                    diagnostics.warning(file.toString(), 0, "", "no built-in template is named " + name
                            + ", so this file is not used; the built-in ones are " + String.join(", ", builtIn));
                    continue;
                }
                int override = version(Files.readString(file, StandardCharsets.UTF_8));
                int current = version(text(name));
                if (override < current) {
                    diagnostics.warning(file.toString(), 1, "", "this override is keel-template-version " + override
                            + " but the built-in " + name + " it replaces is version " + current + "; compare it with "
                            + "the built-in (mvn keel:templates -Dkeel.template=" + name + " into an empty directory)"
                            + " and raise its version line when done");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + templateDirectory.get() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the built-in templates, or only {@code only}, into {@code directory} for editing; a file already there
     * is kept (it may hold the user's edits) and reported as skipped.
     */
    public static Export export(Path directory, Optional<String> only) {
        List<String> names = only.map(name -> {
            text(name);
            return List.of(name);
        }).orElseGet(BuiltInTemplates::names);
        List<String> copied = new java.util.ArrayList<>();
        List<String> skipped = new java.util.ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (String name : names) {
                Path target = directory.resolve(name);
                if (Files.exists(target)) {
                    skipped.add(name);
                } else {
                    Files.writeString(target, text(name), StandardCharsets.UTF_8);
                    copied.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not copy templates into " + directory, e);
        }
        return new Export(copied, skipped);
    }

    /** What {@link #export} did, by template file name. */
    public record Export(List<String> copied, List<String> skipped) {
    }
}
