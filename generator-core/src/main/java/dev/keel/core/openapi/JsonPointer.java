package dev.keel.core.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 pointer into the contract, e.g. {@code /paths/~1projects/get}: where a diagnostic, schema or
 * operation comes from.
 */
record JsonPointer(List<String> segments) {

    static final JsonPointer ROOT = new JsonPointer(List.of());

    JsonPointer {
        segments = List.copyOf(segments);
    }

    static JsonPointer of(String... segments) {
        return new JsonPointer(List.of(segments));
    }

    /** Parses {@code /a/b~1c} or {@code #/a/b}; the local part of a {@code $ref}. */
    static JsonPointer parse(String text) {
        String pointer = text.startsWith("#") ? text.substring(1) : text;
        if (pointer.isEmpty()) {
            return ROOT;
        }
        List<String> segments = new ArrayList<>();
        for (String escaped : pointer.substring(1).split("/", -1)) {
            segments.add(escaped.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(segments);
    }

    JsonPointer child(String segment) {
        List<String> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new JsonPointer(longer);
    }

    JsonPointer child(int index) {
        return child(Integer.toString(index));
    }

    JsonPointer child(String... more) {
        JsonPointer pointer = this;
        for (String segment : more) {
            pointer = pointer.child(segment);
        }
        return pointer;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String segment : segments) {
            text.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return text.toString();
    }
}
