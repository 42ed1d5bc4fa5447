package dev.keel.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    @Test
    void aRenamedEntryChangesTheIdentityAndACommentDoesNot() throws IOException {
        String plain = JarIdentity.of(jar("a.jar", "same"));

        assertThat(JarIdentity.of(jar("b.jar", "dev/keel/Renamed.class", "same", ""))).isNotEqualTo(plain);
        assertThat(JarIdentity.of(jar("c.jar", "dev/keel/Example.class", "same", "x".repeat(70_000))))
                .as("the directory is found before a long comment").isEqualTo(plain);
        assertThat(plain).startsWith("jar-directory 1 ");
    }

    @Test
    void theIdentitySumsTheCrcSizeAndNameOfEveryEntryAsTheJdkListsThem() throws IOException {
        Path jar = directory.resolve("many.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (int i = 0; i < 300; i++) {
                ZipEntry entry = new ZipEntry("dev/keel/Type" + i + ".class");
                entry.setExtra(i % 3 == 0 ? new byte[] {(byte) 0xca, (byte) 0xfe, 2, 0, 1, 2} : null);
                entry.setComment(i % 5 == 0 ? "entry comment " + i : null);
                zip.putNextEntry(entry);
                zip.write(("content " + i).repeat(i % 7 + 1).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> {
                ByteBuffer fields = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                        .putInt((int) entry.getCrc()).putInt((int) entry.getSize());
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                for (Checksum sum : List.of(crc32, crc32c)) {
                    sum.update(fields.array(), 0, 8);
                    sum.update(name, 0, name.length);
                }
            });
        }

        assertThat(JarIdentity.of(jar)).isEqualTo("jar-directory 300 " + Long.toHexString(crc32.getValue()) + " "
                + Long.toHexString(crc32c.getValue()));
    }

    private Path jar(String name, String content) throws IOException {
        return jar(name, "dev/keel/Example.class", content, "");
    }

    private Path jar(String name, String entry, String content, String comment) throws IOException {
        Path jar = directory.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setComment(comment.isEmpty() ? null : comment.substring(0, Math.min(comment.length(), 65_535)));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
