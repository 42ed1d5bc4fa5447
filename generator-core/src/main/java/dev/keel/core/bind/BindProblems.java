package dev.keel.core.bind;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.openapi.SpecLines;
import java.util.HashSet;
import java.util.Set;

/**
 * Reports binding problems against the contract: file, line of the pointer, pointer. A problem met twice (a schema
 * reached from two operations) is reported once.
 */
final class BindProblems {

    private final String specFile;
    private final SpecLines lines;
    private final Diagnostics diagnostics;
    private final Set<String> seen = new HashSet<>();

    BindProblems(String specFile, SpecLines lines, Diagnostics diagnostics) {
        this.specFile = specFile;
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    void error(String pointer, String message) {
        report(Diagnostic.Severity.ERROR, pointer, message);
    }

    void warning(String pointer, String message) {
        report(Diagnostic.Severity.WARNING, pointer, message);
    }

    private void report(Diagnostic.Severity severity, String pointer, String message) {
        String local = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        if (seen.add(severity + local + '\n' + message)) {
            diagnostics.report(new Diagnostic(severity, specFile, lines.lineOf(local), local, message));
        }
    }
}
