package dev.keel.core.model.db;

/** One column of an index and its sort order. */
public record IndexColumn(String name, boolean descending) {
}
