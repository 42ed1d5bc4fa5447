package dev.keel.core.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a planned migration into the migration directory, creating the directory when needed. It adds one
 * file and touches no other; a file of that name already there is an applied migration, which Keel never
 * rewrites, so writing fails instead.
 */
public final class MigrationWriter {

    private final Path directory;

    public MigrationWriter(Path directory) {
        this.directory = directory;
    }

    /** The file written. */
    public Path write(PlannedMigration migration) {
        Path file = directory.resolve(migration.fileName());
        try {
            Files.createDirectories(directory);
            Files.writeString(file, migration.sql(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Keel does not overwrite the migration " + file
                    + "; an applied migration must stay as it is", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the migration " + file, e);
        }
        return file;
    }
}
