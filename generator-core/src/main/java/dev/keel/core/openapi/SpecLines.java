package dev.keel.core.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines of a contract for stages after the reader (binding, checks) that report against spec pointers. The
 * file is parsed for lines only when the first line is asked for.
 */
public final class SpecLines {

    private final SourceLocator locator;

    private SpecLines(String text) {
        this.locator = new SourceLocator(text);
    }

    public static SpecLines of(Path spec) {
        try {
            return new SpecLines(Files.readString(spec, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new SpecLines("");
        }
    }

    /** The 1-based line of {@code pointer} (e.g. {@code /components/schemas/Project}), 0 when unknown. */
    public int lineOf(String pointer) {
        return locator.lineOf(JsonPointer.parse(pointer));
    }
}
