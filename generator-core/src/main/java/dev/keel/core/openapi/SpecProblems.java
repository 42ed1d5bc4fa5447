package dev.keel.core.openapi;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import java.util.HashSet;
import java.util.Set;

/**
 * Reports problems of one contract file, each located by file, line and JSON pointer. A problem found twice
 * (a schema reached along two paths) is reported once.
 */
final class SpecProblems {

    private final String file;
    private final Diagnostics diagnostics;
    private final SourceLocator locator;
    private final Set<String> seen = new HashSet<>();

    SpecProblems(String file, Diagnostics diagnostics, SourceLocator locator) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.locator = locator;
    }

    void error(JsonPointer pointer, String message) {
        report(Diagnostic.Severity.ERROR, pointer, message);
    }

    void warning(JsonPointer pointer, String message) {
        report(Diagnostic.Severity.WARNING, pointer, message);
    }

    /** Something Keel deliberately leaves out, which needs no change to the contract. */
    void info(JsonPointer pointer, String message) {
        report(Diagnostic.Severity.INFO, pointer, message);
    }

    /** A problem whose line is known without the tree, e.g. a YAML syntax error. */
    void errorAtLine(int line, JsonPointer pointer, String message) {
        if (seen.add(Diagnostic.Severity.ERROR + pointer.toString() + message + line)) {
            diagnostics.report(Diagnostic.error(file, line, pointer.toString(), message));
        }
    }

    SourceLocator locator() {
        return locator;
    }

    private void report(Diagnostic.Severity severity, JsonPointer pointer, String message) {
        if (seen.add(severity + pointer.toString() + '\n' + message)) {
            int line = locator.lineOf(pointer);
            diagnostics.report(new Diagnostic(severity, file, line, pointer.toString(), message));
        }
    }
}
