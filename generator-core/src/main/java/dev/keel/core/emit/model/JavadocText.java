package dev.keel.core.emit.model;

/**
 * Makes a contract description safe inside a Javadoc comment: it cannot end the comment early, smuggle in
 * a unicode escape the compiler would decode, start a Javadoc tag or HTML element, and it reads as written.
 */
public final class JavadocText {

    private JavadocText() {
    }

    public static String escape(String description) {
        String text = description.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '@' -> escaped.append("&#64;");
                case '\\' -> escaped.append("&#92;");
                case '/' -> escaped.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static boolean isBlank(String description) {
        return description == null || description.isBlank();
    }
}
