package dev.keel.core.write;

import java.util.List;

/** What the writer did, by path relative to the output directory, each list sorted. */
public record WriteReport(List<String> written, List<String> unchanged, List<String> removed) {

    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }
}
