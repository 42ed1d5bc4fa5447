package dev.keel.core.emit.api;

/** Contract text made safe to place inside a Javadoc comment. */
final class Javadocs {

    private Javadocs() {
    }

    /**
     * The text with comment terminators, backslashes (javac decodes {@code \}{@code u002a} even inside a comment)
     * and line-leading {@code @} (a Javadoc block tag) defused, trailing white space removed; empty for null.
     */
    static String text(String contractText) {
        if (contractText == null) {
            return "";
        }
        return contractText.replace("*/", "*&#47;").replace("\\", "&#92;")
                .replaceAll("(?m)^(\\s*)@", "$1&#64;").strip();
    }
}
