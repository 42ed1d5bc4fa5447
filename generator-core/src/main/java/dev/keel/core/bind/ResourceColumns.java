package dev.keel.core.bind;

import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Table;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a resource's table the data layer treats specially: the owner (a uuid referencing
 * {@code users}, or {@code x-keel-owner}), the update time ({@code updated_at}, or {@code x-keel-updated-at}) and
 * the optimistic lock ({@code version}).
 */
final class ResourceColumns {

    static final String OWNER_TABLE = "users";
    static final String UPDATED_AT = "updated_at";
    static final String VERSION = "version";

    private static final Set<ColumnKind> TIMES = EnumSet.of(ColumnKind.TIMESTAMP, ColumnKind.TIMESTAMP_TZ,
            ColumnKind.DATE);
    private static final Set<ColumnKind> COUNTERS = EnumSet.of(ColumnKind.SMALLINT, ColumnKind.INTEGER,
            ColumnKind.BIGINT);

    private final BindProblems problems;

    ResourceColumns(BindProblems problems) {
        this.problems = problems;
    }

    /**
     * The column named by {@code x-keel-owner} (an error unless it is a uuid column of the table), else the first
     * uuid column with a foreign key to {@code users}; a row of {@code users} is owned by no one.
     */
    Optional<Column> owner(SchemaBinding resource) {
        ObjectSchema schema = resource.schema();
        Table table = resource.table();
        Optional<String> named = schema.tableHints().ownerColumn();
        if (named.isPresent()) {
            Optional<Column> column = SchemaBinder.column(table, named.get());
            String pointer = schema.pointer() + "/x-keel-owner";
            if (column.isEmpty()) {
                problems.error(pointer, "x-keel-owner names the column " + table.name() + "." + named.get()
                        + ", which the table does not have");
            } else if (column.get().kind() != ColumnKind.UUID) {
                problems.error(pointer, "x-keel-owner names the column " + table.name() + "." + named.get() + ", which"
                        + " is " + column.get().sqlType() + "; an owner is a user's uuid");
                return Optional.empty();
            }
            return column;
        }
        if (table.name().equalsIgnoreCase(OWNER_TABLE)) {
            return Optional.empty();
        }
        return table.foreignKeys().stream()
                .filter(key -> key.columns().size() == 1 && key.referencedTable().equalsIgnoreCase(OWNER_TABLE))
                .map(ForeignKey::columns)
                .flatMap(columns -> table.column(columns.get(0)).stream())
                .filter(column -> column.kind() == ColumnKind.UUID)
                .findFirst();
    }

    /** The column of {@code x-keel-updated-at} (an error unless it holds a time), else {@code updated_at}. */
    Optional<Column> updatedAt(SchemaBinding resource) {
        Table table = resource.table();
        Optional<String> named = resource.schema().tableHints().updatedAtColumn();
        if (named.isEmpty()) {
            return table.column(UPDATED_AT).filter(column -> TIMES.contains(column.kind()));
        }
        Optional<Column> column = SchemaBinder.column(table, named.get());
        String pointer = resource.schema().pointer() + "/x-keel-updated-at";
        if (column.isEmpty()) {
            problems.error(pointer, "x-keel-updated-at names the column " + table.name() + "." + named.get()
                    + ", which the table does not have");
        } else if (!TIMES.contains(column.get().kind())) {
            problems.error(pointer, "x-keel-updated-at names the column " + table.name() + "." + named.get()
                    + ", which is " + column.get().sqlType() + ", not a timestamp or date");
            return Optional.empty();
        }
        return column;
    }

    /** A whole-number {@code version} column, compared and incremented by every update. */
    Optional<Column> version(Table table) {
        return table.column(VERSION).filter(column -> COUNTERS.contains(column.kind()));
    }
}
