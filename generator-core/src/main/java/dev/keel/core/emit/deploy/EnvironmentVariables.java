package dev.keel.core.emit.deploy;

import dev.keel.core.emit.GeneratedFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a generated application reads, found in the files Keel generated for it: the
 * {@code ${NAME:default}} placeholders of its resources and the {@code "KEEL_..."} names its Java code looks up.
 * Deriving them from the output keeps {@code .env.example}, compose and Kubernetes true when a template or emitter
 * starts reading a new one.
 */
public final class EnvironmentVariables {

    /** An upper-case placeholder is an environment variable by Spring's relaxed-binding convention. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern JAVA_NAME = Pattern.compile("\"(KEEL_[A-Z0-9_]+)\"");

    private EnvironmentVariables() {
    }

    /** The names read by {@code files}, sorted. */
    public static Set<String> readBy(List<GeneratedFile> files) {
        Set<String> names = new TreeSet<>();
        for (GeneratedFile file : files) {
            Pattern pattern = file.relativePath().endsWith(".java") ? JAVA_NAME : PLACEHOLDER;
            Matcher matcher = pattern.matcher(file.contentAsString());
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Each name with what the deployment files say about it, in the order of {@code names}. */
    public static List<EnvironmentVariable> describe(Set<String> names, String databaseName) {
        return names.stream().map(name -> VariableCatalog.describe(name, databaseName)).toList();
    }
}
