package dev.keel.core.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names within one scope (the types of a package, the components of a record, the constants of an
 * enum) so that no two clash. The first claim of {@code Foo} gets {@code Foo}, the second {@code Foo2}, the
 * third {@code Foo3}; a name ending in a digit gets {@code _2} instead ({@code V1}, {@code V1_2}). Claims in
 * the same order give the same names, so output is stable.
 */
public final class UniqueNames {

    private final boolean ignoreCase;
    private final Set<String> taken = new HashSet<>();

    private UniqueNames(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** For members and constants: {@code name} and {@code Name} may coexist. */
    public static UniqueNames caseSensitive() {
        return new UniqueNames(false);
    }

    /**
     * For type names: each becomes a file, and {@code Foo.java} and {@code FOO.java} are one file on the
     * case-insensitive file systems of macOS and Windows.
     */
    public static UniqueNames ignoringCase() {
        return new UniqueNames(true);
    }

    /** Keeps {@code name} from being handed out, e.g. a type Keel itself generates in the same package. */
    public UniqueNames reserve(String name) {
        taken.add(key(name));
        return this;
    }

    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    /** {@code candidate} if still free, else the first free numbered variant; the result is taken. */
    public String claim(String candidate) {
        String name = candidate;
        String separator = Character.isDigit(candidate.charAt(candidate.length() - 1)) ? "_" : "";
        for (int n = 2; isTaken(name); n++) {
            name = candidate + separator + n;
        }
        taken.add(key(name));
        return name;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
