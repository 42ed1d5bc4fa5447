package dev.keel.core.write;

import java.util.List;

/**
 * What the writer did, or in a dry run would do, by path relative to the output directory, each list sorted.
 *
 * @param foreign files in the output directory Keel did not write; they are left alone
 * @param backedUp files Keel had written that were edited since (or a user's file at a path Keel now writes): copied
 *     under {@link OutputWriter#BACKUP_DIRECTORY} before Keel replaced or removed them
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> removed, List<String> foreign,
        List<String> backedUp) {

    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        foreign = List.copyOf(foreign);
        backedUp = List.copyOf(backedUp);
    }

    public WriteReport(List<String> written, List<String> unchanged, List<String> removed) {
        this(written, unchanged, removed, List.of(), List.of());
    }

    /** Both reports together, e.g. of the main and the test output directory. */
    public WriteReport and(WriteReport other) {
        return new WriteReport(concat(written, other.written), concat(unchanged, other.unchanged),
                concat(removed, other.removed));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new java.util.ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
