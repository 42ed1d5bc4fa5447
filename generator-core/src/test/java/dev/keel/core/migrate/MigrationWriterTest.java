package dev.keel.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesThePlannedFileIntoANewDirectory() throws IOException {
        Path directory = temp.resolve("src/main/resources/db/migration");

        Path written = new MigrationWriter(directory).write(new PlannedMigration("1", "V1__keel_create_schema.sql",
                "CREATE TABLE notes (id INT PRIMARY KEY);\n"));

        assertThat(written).isEqualTo(directory.resolve("V1__keel_create_schema.sql"));
        assertThat(written).hasContent("CREATE TABLE notes (id INT PRIMARY KEY);");
    }

    @Test
    void addsOneFileAndLeavesTheOthersAsTheyWere() throws IOException {
        Path v1 = Files.writeString(temp.resolve("V1__keel_create_schema.sql"), "CREATE TABLE notes (id INT);\n");
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(v1, written);

        new MigrationWriter(temp).write(new PlannedMigration("2", "V2__keel_add_notes_body.sql",
                "ALTER TABLE notes ADD body text;\n"));

        assertThat(MigrationFile.readDirectory(temp)).containsExactly(
                new MigrationFile("V1__keel_create_schema.sql", "CREATE TABLE notes (id INT);\n"),
                new MigrationFile("V2__keel_add_notes_body.sql", "ALTER TABLE notes ADD body text;\n"));
        assertThat(Files.getLastModifiedTime(v1)).isEqualTo(written);
    }

    @Test
    void refusesToOverwriteAMigration() throws IOException {
        Path v2 = Files.writeString(temp.resolve("V2__keel_add_notes_body.sql"), "ALTER TABLE notes ADD body text;\n");

        assertThatThrownBy(() -> new MigrationWriter(temp).write(new PlannedMigration("2",
                "V2__keel_add_notes_body.sql", "ALTER TABLE notes ADD body varchar(10);\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not overwrite the migration").hasMessageContaining(v2.toString());
        assertThat(v2).hasContent("ALTER TABLE notes ADD body text;");
    }
}
