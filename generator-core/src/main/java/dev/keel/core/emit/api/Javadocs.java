package dev.keel.core.emit.api;

/** Contract text made safe to place inside a Javadoc comment. */
final class Javadocs {

    private Javadocs() {
    }

    /** The text with comment terminators defused and trailing white space removed; empty for null. */
    static String text(String contractText) {
        if (contractText == null) {
            return "";
        }
        return contractText.replace("*/", "*&#47;").strip();
    }
}
