package dev.keel.core.model.db;

import java.util.List;
import java.util.Optional;

/**
 * Every table the DDL files create, as the emitters see it: no jOOQ type leaks past the reader.
 *
 * @param dialect the dialect the DDL was read as
 * @param tables sorted by schema, then name
 */
public record DatabaseSchema(SqlDialect dialect, List<Table> tables) {

    public DatabaseSchema {
        tables = List.copyOf(tables);
    }

    /** The table of that name in any schema; the first by schema order when several schemas have one. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
