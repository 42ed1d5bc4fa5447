package dev.keel.core.ddl;

import java.util.Locale;

/**
 * One statement of a DDL file, without its terminating semicolon.
 *
 * @param file the file as the user named it
 * @param line the 1-based line of the statement's first token
 * @param text the statement from its first token on, comments inside it kept so that line offsets hold
 */
record SqlStatement(String file, int line, String text) {

    /** The file line of a 1-based line within {@link #text()}. */
    int fileLine(int lineInStatement) {
        return line + Math.max(lineInStatement, 1) - 1;
    }

    /** The file line of a character offset within {@link #text()}. */
    int fileLineAt(int offset) {
        int lines = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return line + lines;
    }

    /** The first words, upper case and single-spaced, for classifying the statement and naming it in messages. */
    String head(int maxLength) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= maxLength ? flat : flat.substring(0, maxLength) + "...";
    }

    String normalizedUpper() {
        return text.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
    }
}
