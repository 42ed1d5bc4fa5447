package dev.keel.core.model.db;

import java.util.List;
import java.util.Optional;

/**
 * An index declared by {@code CREATE INDEX} or, in MySQL, by {@code KEY}/{@code INDEX} in {@code CREATE TABLE}.
 * Unique constraints are {@link UniqueKey}s, not indexes.
 *
 * @param where the condition of a partial index as SQL text in the source dialect (jOOQ renders {@code !=} as
 *     {@code <>}), empty for a full index
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, Optional<String> where) {

    public Index {
        columns = List.copyOf(columns);
    }
}
