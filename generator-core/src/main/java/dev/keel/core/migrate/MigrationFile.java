package dev.keel.core.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A migration file already in the migration directory: its name (e.g. {@code V1__keel_create_schema.sql}) and
 * its text. Files that are not versioned migrations ({@code R__...}, notes) may be passed too; the planner
 * ignores them.
 */
public record MigrationFile(String fileName, String content) {

    /** The regular files directly in the directory, sorted by name; none when the directory does not exist. */
    public static List<MigrationFile> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<MigrationFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new MigrationFile(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration directory " + directory, e);
        }
        return List.copyOf(files);
    }
}
