package dev.keel.core.write;

import java.util.List;

/** What the writer did, by path relative to the output directory, each list sorted. */
public record WriteReport(List<String> written, List<String> unchanged, List<String> removed) {

    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
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
