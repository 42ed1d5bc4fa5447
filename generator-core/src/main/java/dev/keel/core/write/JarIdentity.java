package dev.keel.core.write;

import dev.keel.core.work.InParallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The content identity of a jar from its central directory: every entry's name, size and CRC-32. Any changed
 * class or resource changes its CRC, so this tells builds apart like a hash of the bytes does, without reading
 * them: the command-line jar is 24 MB, and hashing it (twice: code and templates share it) cost more than
 * reading a small contract. The directory's records are read as bytes and summed with CRC-32 and CRC-32C (64
 * bits, which the JVM computes with CPU instructions even before compiling): a SHA-256 of a listing of its 15,800
 * entries was 8 % of a small contract's CPU time. Remembered per path, size and modification time for the life
 * of the process.
 */
final class JarIdentity {

    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private JarIdentity() {
    }

    /**
     * Starts reading the identity of the jar {@code type} was loaded from on a pool thread, when it is a jar: the
     * fingerprint at the end of a run then finds it ready. Failures are left to that later, reporting call.
     */
    static void readInBackground(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                InParallel.start(() -> of(location));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // the fingerprint names such a location as it is, without reading it
        }
    }

    static String of(Path jar) {
        try {
            String key = jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|"
                    + Files.getLastModifiedTime(jar).toMillis();
            // A second caller of the same jar waits for the first one's answer instead of reading it again.
            return KNOWN.computeIfAbsent(key, unused -> entries(jar));
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + jar + ": " + e.getMessage(), e);
        }
    }

    private static String entries(Path jar) {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            Optional<String> summed = CentralDirectory.sum(channel);
            if (summed.isPresent()) {
                return summed.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + jar + ": " + e.getMessage(), e);
        }
        return listedEntries(jar);
    }

    /** A jar whose directory {@link CentralDirectory} does not read (ZIP64, say): its entries through the JDK. */
    private static String listedEntries(Path jar) {
        StringBuilder listing = new StringBuilder("jar-entries\n");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                listing.append(entry.getName()).append(' ').append(entry.getSize()).append(' ')
                        .append(Long.toHexString(entry.getCrc())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + jar + ": " + e.getMessage(), e);
        }
        return Manifest.contentHash(listing.toString().getBytes(StandardCharsets.UTF_8));
    }
}
