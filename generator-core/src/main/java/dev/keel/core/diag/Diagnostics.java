package dev.keel.core.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every diagnostic of a stage so that a user sees all problems of a run at once. */
public final class Diagnostics {

    private final List<Diagnostic> reported = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    public void error(String file, int line, String pointer, String message) {
        report(Diagnostic.error(file, line, pointer, message));
    }

    public void warning(String file, int line, String pointer, String message) {
        report(Diagnostic.warning(file, line, pointer, message));
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(reported);
    }

    /** Ends the stage when it reported an error; the run stops before anything is written. */
    public void throwIfErrors(String stage) {
        if (hasErrors()) {
            throw new GenerationFailedException(stage, List.copyOf(reported));
        }
    }
}
