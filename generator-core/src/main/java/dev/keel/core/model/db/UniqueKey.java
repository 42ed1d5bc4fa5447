package dev.keel.core.model.db;

import java.util.List;

/**
 * A {@code UNIQUE} constraint.
 *
 * @param name as declared, or the name the database gives an unnamed one (PostgreSQL {@code users_email_key},
 *     MySQL the first column's name), so that a violation reported by the database can be matched to it
 */
public record UniqueKey(String name, List<String> columns) {

    public UniqueKey {
        columns = List.copyOf(columns);
    }
}
