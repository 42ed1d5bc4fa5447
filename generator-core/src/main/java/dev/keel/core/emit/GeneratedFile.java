package dev.keel.core.emit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One output file, held in memory until every stage has succeeded.
 *
 * @param relativePath path below the output directory with '/' separators, e.g. {@code java/com/x/A.java}
 */
public record GeneratedFile(String relativePath, byte[] content) {

    public static GeneratedFile text(String relativePath, String content) {
        return new GeneratedFile(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public String contentAsString() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile file
                && file.relativePath.equals(relativePath) && Arrays.equals(file.content, content);
    }

    @Override
    public int hashCode() {
        return relativePath.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + relativePath + ", " + content.length + " bytes]";
    }
}
