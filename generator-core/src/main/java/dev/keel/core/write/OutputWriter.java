package dev.keel.core.write;

import dev.keel.core.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the generated files into the output directory: only files whose bytes changed (so build tools see
 * unchanged mtimes), removes files it wrote in an earlier run that are no longer produced, and refuses any
 * path outside the output directory. A manifest in the output directory remembers what Keel wrote.
 */
public final class OutputWriter {

    static final String MANIFEST = ".keel-manifest";

    private final Path outputDirectory;

    public OutputWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    public WriteReport write(List<GeneratedFile> files) {
        List<Path> targets = files.stream().map(file -> resolveInside(file.relativePath())).toList();
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                GeneratedFile file = files.get(i);
                if (writeIfChanged(targets.get(i), file.content())) {
                    written.add(file.relativePath());
                } else {
                    unchanged.add(file.relativePath());
                }
            }
            Set<String> produced = new TreeSet<>(files.stream().map(GeneratedFile::relativePath).toList());
            List<String> removed = removeStale(produced);
            writeIfChanged(outputDirectory.resolve(MANIFEST),
                    (String.join("\n", produced) + "\n").getBytes(StandardCharsets.UTF_8));
            return new WriteReport(sorted(written), sorted(unchanged), removed);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not write to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private Path resolveInside(String relativePath) {
        Path target = outputDirectory.resolve(relativePath).normalize();
        if (!target.startsWith(outputDirectory) || target.equals(outputDirectory)) {
            throw new IllegalArgumentException("Refusing to write outside " + outputDirectory + ": " + relativePath);
        }
        return target;
    }

    private static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        return true;
    }

    private List<String> removeStale(Set<String> produced) throws IOException {
        Path manifest = outputDirectory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (previous.isBlank() || produced.contains(previous)) {
                continue;
            }
            Path stale = resolveInside(previous);
            if (Files.deleteIfExists(stale)) {
                removed.add(previous);
                deleteEmptyParents(stale.getParent());
            }
        }
        return sorted(removed);
    }

    private void deleteEmptyParents(Path directory) throws IOException {
        Path current = directory;
        while (current != null && current.startsWith(outputDirectory) && !current.equals(outputDirectory)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }
}
