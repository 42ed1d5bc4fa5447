package dev.keel.core.write;

import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.work.InParallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the generated files into the output directory: only files whose bytes changed (so build tools see
 * unchanged mtimes), removes files it wrote in an earlier run that are no longer produced, and refuses any
 * path outside the output directory. The {@link Manifest} remembers what Keel wrote, with hashes, so a file a
 * user put into the directory is never removed (it is reported as foreign) and a generated file a user edited is
 * copied under {@value #BACKUP_DIRECTORY} before it is replaced: no line a user wrote is lost.
 */
public final class OutputWriter {

    static final String MANIFEST = Manifest.FILE_NAME;
    public static final String BACKUP_DIRECTORY = ".keel-backup";

    private final Path outputDirectory;
    private final Map<Path, Boolean> createdDirectories = new ConcurrentHashMap<>();

    public OutputWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    public WriteReport write(List<GeneratedFile> files) {
        return run(files, false);
    }

    /** What {@link #write} would do, without touching the file system. */
    public WriteReport plan(List<GeneratedFile> files) {
        return run(files, true);
    }

    private WriteReport run(List<GeneratedFile> files, boolean dryRun) {
        Manifest previous = Manifest.read(outputDirectory);
        createdDirectories.clear();
        files.forEach(file -> resolveInside(file.relativePath())); // refuse a bad path before writing anything
        Map<String, Optional<String>> produced = new TreeMap<>();
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> backedUp = new ArrayList<>();
        try {
            for (FileOutcome outcome : outcomes(files, previous, dryRun)) {
                produced.put(outcome.relativePath(), Optional.of(outcome.hash()));
                (outcome.changed() ? written : unchanged).add(outcome.relativePath());
                if (outcome.backedUp()) {
                    backedUp.add(outcome.relativePath());
                }
            }
            List<String> removed = removeStale(previous, produced, backedUp, dryRun);
            List<String> foreign = foreignFiles(previous, produced);
            if (!dryRun) {
                Manifest manifest = new Manifest(produced);
                writeIfChanged(outputDirectory.resolve(MANIFEST), manifest.render().getBytes(StandardCharsets.UTF_8));
            }
            return new WriteReport(sorted(written), sorted(unchanged), removed, foreign, sorted(backedUp));
        } catch (IOException e) {
            throw couldNotWrite(e);
        } catch (UncheckedIOException e) {
            throw couldNotWrite(e.getCause());
        }
    }

    /** What became of one file: its hash for the manifest, whether it was (or would be) written, backed up. */
    private record FileOutcome(String relativePath, String hash, boolean changed, boolean backedUp) {
    }

    /**
     * Hashes, compares and writes every file, in the order given. Files are independent of each other, so with
     * distinct paths (always, for a sorted run's files) the work is shared between cores; creating a file is a
     * system call whose cost dominates large contracts.
     */
    private List<FileOutcome> outcomes(List<GeneratedFile> files, Manifest previous, boolean dryRun) {
        boolean distinctPaths = files.stream().map(GeneratedFile::relativePath).distinct().count() == files.size();
        if (!distinctPaths) {
            return files.stream().map(file -> outcome(file, previous, dryRun)).toList();
        }
        return InParallel.map(files, file -> outcome(file, previous, dryRun));
    }

    private FileOutcome outcome(GeneratedFile file, Manifest previous, boolean dryRun) {
        String relativePath = file.relativePath();
        Path target = resolveInside(relativePath);
        String hash = Manifest.contentHash(file.content());
        try {
            Optional<byte[]> existing = readIfPresent(target);
            if (existing.isPresent() && Arrays.equals(existing.get(), file.content())) {
                return new FileOutcome(relativePath, hash, false, false);
            }
            boolean userWork = existing.isPresent() && isUserWork(previous, relativePath, existing.get());
            if (!dryRun) {
                if (userWork) {
                    backUp(relativePath, target);
                }
                createDirectoryOnce(target.getParent());
                Files.write(target, file.content());
            }
            return new FileOutcome(relativePath, hash, true, userWork);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates each directory once per run rather than checking it again for each of its files. */
    private void createDirectoryOnce(Path directory) {
        createdDirectories.computeIfAbsent(directory, missing -> {
            try {
                Files.createDirectories(missing);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private UncheckedIOException couldNotWrite(IOException e) {
        return new UncheckedIOException("Keel could not write to " + outputDirectory + ": " + e.getMessage(), e);
    }

    /** Whether the bytes on disk are not what Keel last wrote there: a user's edit, or a user's own file. */
    private static boolean isUserWork(Manifest previous, String relativePath, byte[] onDisk) {
        if (!previous.contains(relativePath)) {
            return true;
        }
        return previous.hash(relativePath).map(hash -> !Manifest.hashMatches(hash, onDisk)).orElse(false);
    }

    private void backUpIfListed(List<String> backedUp, String relativePath, Path source) throws IOException {
        if (backedUp.contains(relativePath)) {
            backUp(relativePath, source);
        }
    }

    private void backUp(String relativePath, Path source) throws IOException {
        Path backup = outputDirectory.resolve(BACKUP_DIRECTORY).resolve(relativePath);
        Files.createDirectories(backup.getParent());
        Files.copy(source, backup, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path resolveInside(String relativePath) {
        Path target = outputDirectory.resolve(relativePath).normalize();
        if (!target.startsWith(outputDirectory) || target.equals(outputDirectory)) {
            throw new IllegalArgumentException("Refusing to write outside " + outputDirectory + ": " + relativePath);
        }
        return target;
    }

    private static Optional<byte[]> readIfPresent(Path target) throws IOException {
        return Files.isRegularFile(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty();
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        Optional<byte[]> existing = readIfPresent(target);
        if (existing.isEmpty() || !Arrays.equals(existing.get(), content)) {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        }
    }

    private List<String> removeStale(Manifest previous, Map<String, Optional<String>> produced, List<String> backedUp,
            boolean dryRun) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String stalePath : previous.hashes().keySet()) {
            Path stale = resolveInside(stalePath);
            if (produced.containsKey(stalePath) || !Files.isRegularFile(stale)) {
                continue;
            }
            removed.add(stalePath);
            if (isUserWork(previous, stalePath, Files.readAllBytes(stale))) {
                backedUp.add(stalePath);
            }
            if (!dryRun) {
                backUpIfListed(backedUp, stalePath, stale);
                Files.delete(stale);
                deleteEmptyParents(stale.getParent());
            }
        }
        return sorted(removed);
    }

    /** Regular files in the output directory that Keel neither wrote before nor writes now, except its own. */
    private List<String> foreignFiles(Manifest previous, Map<String, Optional<String>> produced) throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(outputDirectory)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> outputDirectory.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith(".keel-") && !path.startsWith(BACKUP_DIRECTORY + "/"))
                    .filter(path -> !produced.containsKey(path) && !previous.contains(path))
                    .sorted()
                    .toList();
        }
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
