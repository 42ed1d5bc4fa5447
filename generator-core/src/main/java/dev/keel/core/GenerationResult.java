package dev.keel.core;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.write.WriteReport;
import java.util.List;

/** The outcome of a successful run; front ends print {@link #summary()}. */
public record GenerationResult(int operations, int schemas, WriteReport files, List<Diagnostic> warnings,
        long millis) {

    public GenerationResult {
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        return "Keel: " + operations + " operations, " + schemas + " schemas; files "
                + files.written().size() + " written, " + files.unchanged().size() + " unchanged, "
                + files.removed().size() + " removed in " + millis + " ms";
    }
}
