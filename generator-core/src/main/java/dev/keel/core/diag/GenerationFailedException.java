package dev.keel.core.diag;

import java.util.List;
import java.util.stream.Collectors;

/** A run stopped because the user's input has errors; the message lists each one, located. */
public final class GenerationFailedException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public GenerationFailedException(String stage, List<Diagnostic> diagnostics) {
        super(describe(stage, diagnostics), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String describe(String stage, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return "Keel stopped in stage '" + stage + "' with " + errors + (errors == 1 ? " error" : " errors")
                + "; nothing was written:\n"
                + diagnostics.stream().filter(Diagnostic::isError).map(d -> "  " + d.format())
                        .collect(Collectors.joining("\n"));
    }
}
