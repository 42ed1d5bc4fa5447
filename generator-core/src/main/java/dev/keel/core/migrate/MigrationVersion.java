package dev.keel.core.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a Flyway versioned migration, read from its file name {@code V<version>__<description>.sql}:
 * numbers separated by dots or single underscores ({@code 1}, {@code 1.1}, {@code 2_1}), compared number by number.
 */
record MigrationVersion(List<Long> parts) implements Comparable<MigrationVersion> {

    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.sql$");
    private static final Comparator<List<Long>> BY_PARTS = (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int compared = Long.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    };

    MigrationVersion {
        parts = List.copyOf(parts);
    }

    /** The version of a versioned migration file; empty for any other file. */
    static Optional<MigrationVersion> of(String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Long> parts = new ArrayList<>();
        for (String part : matcher.group(1).split("[._]")) {
            parts.add(Long.parseLong(part));
        }
        return Optional.of(new MigrationVersion(parts));
    }

    /** The next whole version: {@code 3} after {@code 2} or {@code 2.1}. */
    MigrationVersion nextMajor() {
        return new MigrationVersion(List.of(parts.get(0) + 1));
    }

    @Override
    public int compareTo(MigrationVersion other) {
        return BY_PARTS.compare(parts, other.parts);
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }
}
