package dev.keel.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One alternative of an operation's {@code security} list: the client must satisfy every scheme it names, each
 * with all of its scopes.
 *
 * @param scopes the scopes asked for, by scheme name, sorted by scheme name; an empty list asks for none
 */
public record SecurityRequirement(Map<String, List<String>> scopes) {

    public SecurityRequirement {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        scopes.forEach((scheme, names) -> sorted.put(scheme, List.copyOf(names)));
        scopes = Collections.unmodifiableMap(sorted);
    }

    /** Every scope of every scheme, in scheme order. */
    public List<String> allScopes() {
        return scopes.values().stream().flatMap(List::stream).distinct().toList();
    }
}
