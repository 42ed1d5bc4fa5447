package dev.keel.core.model;

import java.util.Optional;

/**
 * What an object schema's extensions say about the table its values are stored in; all empty when the schema says
 * nothing and the binder goes by convention.
 *
 * @param table {@code x-keel-table}: the table the schema is bound to
 * @param ownerColumn {@code x-keel-owner}: the column holding the id of the user who owns a row
 * @param updatedAtColumn {@code x-keel-updated-at}: the column set to the current time on every update, when it is
 *     not named {@code updated_at}
 */
public record TableHints(Optional<String> table, Optional<String> ownerColumn, Optional<String> updatedAtColumn) {

    public static final TableHints NONE = new TableHints(Optional.empty(), Optional.empty(), Optional.empty());
}
