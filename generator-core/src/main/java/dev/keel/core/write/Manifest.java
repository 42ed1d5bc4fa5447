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

/**
 * What Keel wrote into an output directory in its last run: each file's path with the SHA-256 of the bytes it
 * wrote, one {@code <hash> <path>} line per file, sorted. The hash tells a file Keel wrote from one a user edited
 * since. A manifest of an older Keel holds paths only; their hashes are unknown.
 */
public record Manifest(Map<String, Optional<String>> hashes) {

    public static final String FILE_NAME = ".keel-manifest";
    static final String UNKNOWN_HASH = "-";

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
                if (space == 64 && HexFormat.isHexDigit(line.charAt(0))) {
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

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
