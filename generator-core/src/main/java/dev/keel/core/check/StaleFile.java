package dev.keel.core.check;

import java.nio.file.Path;

/**
 * A committed file Keel owns whose content is not what the current inputs generate.
 *
 * @param unifiedDiff from the committed content (or {@code /dev/null} when the file is missing) to the current one
 */
public record StaleFile(Path file, String unifiedDiff) {
}
