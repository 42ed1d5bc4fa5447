package dev.keel.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt Keel or extension jar invalidates a stored run; the same bytes elsewhere do not. */
class JarIdentityTest {

    @TempDir
    Path directory;

    @Test
    void changedClassInAJarChangesItsIdentity() throws IOException {
        Path jar = jar("a.jar", "class one");
        String before = JarIdentity.of(jar);
        Files.delete(jar);
        jar("a.jar", "class two");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertThat(JarIdentity.of(jar)).isNotEqualTo(before);
    }

    @Test
    void jarsWithTheSameEntriesHaveTheSameIdentity() throws IOException {
        assertThat(JarIdentity.of(jar("a.jar", "same"))).isEqualTo(JarIdentity.of(jar("b.jar", "same")));
    }

    private Path jar(String name, String content) throws IOException {
        Path jar = directory.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("dev/keel/Example.class"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
