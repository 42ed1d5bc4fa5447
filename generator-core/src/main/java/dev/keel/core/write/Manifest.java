package dev.keel.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * What Keel wrote into an output directory in its last run: each file's path with the {@link #contentHash} of the
 * bytes it wrote, one {@code <hash> <path>} line per file, sorted. The hash tells a file Keel wrote from one a user
 * edited since. Manifests of older Keels hold SHA-256 hashes, which are still compared as such
 * ({@link #hashMatches}), or paths only, whose hashes are unknown.
 */
public record Manifest(Map<String, Optional<String>> hashes) {

    public static final String FILE_NAME = ".keel-manifest";
    static final String UNKNOWN_HASH = "-";
    private static final int SHA256_HEX_LENGTH = 64;
    private static final int CONTENT_HASH_HEX_LENGTH = 32;

    public Manifest {
        hashes = Map.copyOf(hashes);
    }

    /** The manifest in {@code outputDirectory}; empty when Keel never wrote there. */
    public static Manifest read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        Map<String, Optional<String>> hashes = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return new Manifest(hashes);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                int space = line.indexOf(' ');
                if ((space == SHA256_HEX_LENGTH || space == CONTENT_HASH_HEX_LENGTH)
                        && HexFormat.isHexDigit(line.charAt(0))) {
                    hashes.put(line.substring(space + 1), Optional.of(line.substring(0, space)));
                } else if (line.startsWith(UNKNOWN_HASH + " ")) {
                    hashes.put(line.substring(2), Optional.empty());
                } else {
                    hashes.put(line, Optional.empty());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read its manifest " + file + ": " + e.getMessage(), e);
        }
        return new Manifest(hashes);
    }

    public boolean contains(String relativePath) {
        return hashes.containsKey(relativePath);
    }

    /** The hash Keel recorded for the file, empty when it wrote no such file or the manifest predates hashes. */
    public Optional<String> hash(String relativePath) {
        return hashes.getOrDefault(relativePath, Optional.empty());
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, hash) ->
                text.append(hash.orElse(UNKNOWN_HASH)).append(' ').append(path).append('\n'));
        return text.toString();
    }

    /**
     * The hash recorded for a file's bytes: MurmurHash3's 128-bit variant (x64), in hex. It tells Keel's own bytes
     * from an edit; nothing here defends against anyone. SHA-256, which older manifests hold, cost a large
     * contract's run some 100 ms of CPU: the command line's C1-only compiler runs the JDK's SHA-256 without its
     * intrinsic (GitHub's 1,200 files, 8.5 MB).
     */
    public static String contentHash(byte[] content) {
        long[] hash = MurmurHash3.hash128x64(content);
        return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
    }

    /** Whether {@code content} hashes to {@code recorded}: a {@link #contentHash}, or an older manifest's SHA-256. */
    public static boolean hashMatches(String recorded, byte[] content) {
        return recorded.equals(recorded.length() == SHA256_HEX_LENGTH ? sha256(content) : contentHash(content));
    }

    /** An older manifest's hash: compared, no longer written. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
