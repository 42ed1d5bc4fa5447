package dev.keel.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the shared corpus of third-party specs is: {@code -Dkeel.corpus.dir}, else {@code shared/corpus} beside the
 * project or one of its ancestors, else beside the repository this checkout was cloned from (a CI clone of a local
 * checkout lives elsewhere, but its origin sits next to {@code shared/}).
 */
public final class CorpusLocation {
    private static final Pattern ORIGIN_URL = Pattern.compile("(?m)^\\s*url\\s*=\\s*(?:file://)?(/\\S+)\\s*$");

    private CorpusLocation() {
    }

    public static Optional<Path> find() {
        String explicit = System.getProperty("keel.corpus.dir", "");
        if (!explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isDirectory);
        }
        Path root = Path.of(System.getProperty("keel.project.root", "..")).toAbsolutePath().normalize();
        List<Path> candidates = new ArrayList<>(besideAncestors(root));
        origin(root).ifPresent(origin -> candidates.addAll(besideAncestors(origin)));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** The corpus path for messages and for tests that skip without it. */
    public static Path orDefault() {
        return find().orElse(Path.of(System.getProperty("keel.project.root", "..")).resolve("../shared/corpus"));
    }

    private static List<Path> besideAncestors(Path start) {
        List<Path> candidates = new ArrayList<>();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            candidates.add(directory.resolve("shared/corpus"));
        }
        return candidates;
    }

    private static Optional<Path> origin(Path root) {
        Path config = root.resolve(".git/config");
        try {
            Matcher url = ORIGIN_URL.matcher(Files.isRegularFile(config) ? Files.readString(config) : "");
            return url.find() ? Optional.of(Path.of(url.group(1)).toAbsolutePath().normalize()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
