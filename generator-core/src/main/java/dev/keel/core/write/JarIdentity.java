package dev.keel.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The content identity of a jar from its central directory: every entry's name, size and CRC-32. Any changed
 * class or resource changes its CRC, so this tells builds apart like a hash of the bytes does, without reading
 * them: the command-line jar is 24 MB, and hashing it (twice: code and templates share it) cost more than
 * reading a small contract. Remembered per path, size and modification time for the life of the process.
 */
final class JarIdentity {

    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private JarIdentity() {
    }

    static String of(Path jar) {
        try {
            String key = jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|"
                    + Files.getLastModifiedTime(jar).toMillis();
            String known = KNOWN.get(key);
            if (known == null) {
                known = entries(jar);
                KNOWN.put(key, known);
            }
            return known;
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + jar + ": " + e.getMessage(), e);
        }
    }

    private static String entries(Path jar) throws IOException {
        StringBuilder listing = new StringBuilder("jar-entries\n");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                listing.append(entry.getName()).append(' ').append(entry.getSize()).append(' ')
                        .append(Long.toHexString(entry.getCrc())).append('\n');
            }
        }
        return Manifest.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }
}
