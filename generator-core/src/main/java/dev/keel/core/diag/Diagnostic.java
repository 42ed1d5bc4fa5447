package dev.keel.core.diag;

import java.util.Optional;

/**
 * A located message about the user's input.
 *
 * @param file the input file as the user named it
 * @param line 1-based line in that file, 0 when unknown
 * @param pointer JSON pointer (spec) or SQL object name (DDL) the message is about, "" when none
 */
public record Diagnostic(Severity severity, String file, int line, String pointer, String message) {

    public enum Severity { ERROR, WARNING, INFO }

    public static Diagnostic error(String file, int line, String pointer, String message) {
        return new Diagnostic(Severity.ERROR, file, line, pointer, message);
    }

    public static Diagnostic warning(String file, int line, String pointer, String message) {
        return new Diagnostic(Severity.WARNING, file, line, pointer, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Optional<String> pointerText() {
        return pointer.isEmpty() ? Optional.empty() : Optional.of(pointer);
    }

    /** {@code openapi.yaml:12: error: message [#/paths/~1projects/get]}, the form every front end prints. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
        pointerText().ifPresent(p -> text.append(" [#").append(p).append(']'));
        return text.toString();
    }
}
