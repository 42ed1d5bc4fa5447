package dev.keel.core.model.db;

import java.util.List;
import java.util.Optional;

/**
 * One table as the DDL leaves it after every statement of every file has been applied.
 *
 * @param schema the table's schema: in PostgreSQL {@code public} when the DDL names none (so {@code public.users}
 *     and {@code users} are one table), in MySQL "" when it names none
 * @param columns in declaration order
 * @param primaryKey the primary key's columns in key order, empty when the table has none
 * @param uniqueKeys sorted by name
 * @param foreignKeys sorted by name
 * @param indexes sorted by name
 * @param checks sorted by name
 * @param file the DDL file of the table's {@code CREATE TABLE}, as the user named it
 * @param line the 1-based line of that statement
 */
public record Table(
        String schema,
        String name,
        List<Column> columns,
        List<String> primaryKey,
        List<UniqueKey> uniqueKeys,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        List<CheckConstraint> checks,
        String file,
        int line) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Whether the column alone is the primary key or a unique key, so a value identifies one row. */
    public boolean isUniqueColumn(String columnName) {
        return List.of(columnName).equals(primaryKey)
                || uniqueKeys.stream().anyMatch(k -> k.columns().equals(List.of(columnName)));
    }
}
