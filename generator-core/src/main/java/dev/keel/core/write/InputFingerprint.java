package dev.keel.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A hash ({@link Manifest#contentHash}) over everything a run reads: the contract with every file its {@code $ref}s
 * reach, the DDL, the configuration, the template overrides, the committed migrations and snapshot, and the code of
 * Keel and its extensions. Equal fingerprints mean the run would produce the same files, so it can be skipped.
 */
public final class InputFingerprint {

    /** {@code $ref: other.yaml#/x}, {@code "$ref": "./a/b.json"}: the file part of a reference to another file. */
    private static final Pattern EXTERNAL_REF =
            Pattern.compile("\\$ref[\"']?\\s*:\\s*[\"']?([^\"'#\\s,}]+)"); // a literal start: a fast scan

    private final StringBuilder text = new StringBuilder();
    private final Set<Path> seen = new LinkedHashSet<>();

    /** Adds a named value, e.g. a configuration entry. */
    public InputFingerprint value(String name, Object value) {
        text.append("value ").append(name).append('=').append(value).append('\n');
        return this;
    }

    /** Adds a file's content; a missing file counts as absent, so creating it changes the fingerprint. */
    public InputFingerprint file(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!seen.add(normalized)) {
            return this;
        }
        text.append("file ").append(normalized).append(' ');
        if (Files.isRegularFile(normalized)) {
            text.append(Manifest.contentHash(read(normalized)));
        } else {
            text.append("absent");
        }
        text.append('\n');
        return this;
    }

    /**
     * The contract and, transitively, every local file its {@code $ref}s name, in the order reached, each with its
     * bytes (empty when absent). A run reads them when it starts, so they describe the contract it read even if it
     * is edited while the run lasts; they are hashed when the fingerprint is taken, by then with compiled code.
     */
    public static final class ContractFiles {

        private final Map<Path, Optional<byte[]>> contents;
        private String entries;

        private ContractFiles(Map<Path, Optional<byte[]>> contents) {
            this.contents = contents;
        }

        /** Reads the contract and the files its {@code $ref}s reach. */
        public static ContractFiles read(Path spec) {
            Map<Path, Optional<byte[]>> contents = new LinkedHashMap<>();
            Deque<Path> pending = new ArrayDeque<>(List.of(spec.toAbsolutePath().normalize()));
            while (!pending.isEmpty()) {
                Path next = pending.pop();
                if (contents.containsKey(next)) {
                    continue;
                }
                if (!Files.isRegularFile(next)) {
                    contents.put(next, Optional.empty());
                    continue;
                }
                byte[] content = InputFingerprint.read(next);
                contents.put(next, Optional.of(content));
                // Latin-1 makes each byte one char, a copy rather than a decoding, so a match's offsets are the
                // bytes' and the target is decoded from UTF-8 alone. No byte of a multi-byte UTF-8 character is
                // ASCII, so none is taken for a quote, '#', ',' or a space the pattern stops at.
                Matcher ref = EXTERNAL_REF.matcher(new String(content, StandardCharsets.ISO_8859_1));
                while (ref.find()) {
                    String target = new String(content, ref.start(1), ref.end(1) - ref.start(1), StandardCharsets.UTF_8);
                    if (!target.contains("://")) {
                        pending.push(next.resolveSibling(target).normalize());
                    }
                }
            }
            return new ContractFiles(contents);
        }

        /** One {@code file <path> <hash>} line per file, hashed once however often the fingerprint is taken. */
        synchronized String entries() {
            if (entries == null) {
                StringBuilder text = new StringBuilder();
                contents.forEach((path, content) -> text.append("file ").append(path).append(' ')
                        .append(content.map(Manifest::contentHash).orElse("absent")).append('\n'));
                entries = text.toString();
            }
            return entries;
        }
    }

    /** Adds the contract's files; a file already added (a DDL it also names) is not added twice. */
    public InputFingerprint contract(ContractFiles contract) {
        text.append(contract.entries());
        seen.addAll(contract.contents.keySet());
        return this;
    }

    /** Adds every regular file below {@code directory} by relative path and content; nothing when it is absent. */
    public InputFingerprint directory(Path directory) {
        text.append("directory ").append(directory.toAbsolutePath().normalize()).append('\n');
        if (!Files.isDirectory(directory)) {
            return this;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).sorted().forEach(this::file);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + directory + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Adds the code a class was loaded from: a jar by its entries' CRCs, a class directory by its files' sizes and
     * times, so a new build of Keel or of an extension invalidates the fingerprint even under the same version.
     */
    public InputFingerprint codeOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        text.append("code ").append(type.getName()).append(' ');
        if (source == null || source.getLocation() == null) {
            text.append("unknown\n");
            return this;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                text.append(JarIdentity.of(location)).append('\n');
            } else {
                text.append(location).append('\n');
                classDirectory(location);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            text.append(source.getLocation()).append('\n');
        }
        return this;
    }

    /** Adds the jar or directory a class-path resource comes from, like {@link #codeOf}. */
    public InputFingerprint codeOfResource(String resource) {
        java.net.URL url = InputFingerprint.class.getResource(resource);
        text.append("resource ").append(resource).append(' ');
        if (url == null) {
            text.append("absent\n");
            return this;
        }
        String location = url.toString();
        try {
            if (location.startsWith("jar:")) {
                Path jar = Path.of(new java.net.URI(location.substring(4, location.indexOf("!/"))));
                text.append(JarIdentity.of(jar)).append('\n');
            } else {
                Path file = Path.of(url.toURI());
                text.append(Manifest.contentHash(read(file))).append('\n');
                classDirectory(file.getParent());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            text.append(location).append('\n');
        }
        return this;
    }

    private void classDirectory(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                text.append(directory.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + directory + ": " + e.getMessage(), e);
        }
    }

    public String hash() {
        return Manifest.contentHash(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
