package dev.keel.core.bind;

import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.Table;
import dev.keel.core.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds object schemas to tables and their properties to columns: by {@code x-keel-table} and
 * {@code x-keel-column}, else by convention (schema {@code Project} to table {@code projects} or {@code project},
 * property {@code createdAt} to column {@code created_at}). A property with no column, a column of an incompatible
 * type and an extension naming nothing are located errors; {@code x-keel-transient} properties need no column.
 */
final class SchemaBinder {

    private final DatabaseSchema database;
    private final NamingStrategy naming;
    private final TypeFit fit;
    private final BindProblems problems;
    private final Map<String, SchemaBinding> bound = new LinkedHashMap<>();

    SchemaBinder(DatabaseSchema database, NamingStrategy naming, TypeFit fit, BindProblems problems) {
        this.database = database;
        this.naming = naming;
        this.fit = fit;
        this.problems = problems;
    }

    /** Every schema bound so far. */
    List<SchemaBinding> all() {
        return List.copyOf(bound.values());
    }

    Optional<SchemaBinding> bound(String schemaName) {
        return Optional.ofNullable(bound.get(schemaName));
    }

    /** Binds the schema to the table it names with {@code x-keel-table}, or to the table named like it. */
    Optional<SchemaBinding> bindByName(ObjectSchema schema) {
        return tableOf(schema).map(table -> bind(schema, table, Optional.empty()));
    }

    /** The table of {@code x-keel-table} (an error when no DDL file creates it), else the one named like the schema. */
    Optional<Table> tableOf(ObjectSchema schema) {
        Optional<String> named = schema.tableHints().table();
        if (named.isPresent()) {
            Optional<Table> table = table(named.get());
            if (table.isEmpty()) {
                problems.error(schema.pointer() + "/x-keel-table", "x-keel-table names the table '" + named.get()
                        + "', which no DDL file creates");
            }
            return table;
        }
        String singular = naming.sqlName(schema.name());
        return table(plural(singular)).or(() -> table(singular));
    }

    /**
     * Binds every property of the schema to a column of the table; a schema already bound to another table is an
     * error and keeps its first binding.
     *
     * @param resource the resource a request body writes: a body property without {@code x-keel-column} is stored
     *     where the resource's property of the same name is, and is transient when that one is
     */
    SchemaBinding bind(ObjectSchema schema, Table table, Optional<SchemaBinding> resource) {
        SchemaBinding known = bound.get(schema.name());
        if (known != null) {
            if (!known.table().name().equals(table.name())) {
                problems.error(schema.pointer(), schema.name() + " is bound to table " + known.table().name()
                        + " and cannot also be stored in table " + table.name());
            }
            return known;
        }
        List<ColumnBinding> columns = new ArrayList<>();
        List<Property> transientProperties = new ArrayList<>();
        for (Property property : schema.properties()) {
            boolean transientInResource = property.column().isEmpty() && resource.isPresent()
                    && resource.get().transientProperties().stream().anyMatch(p -> p.name().equals(property.name()));
            if (property.transientProperty() || transientInResource) {
                transientProperties.add(property);
                continue;
            }
            Optional<Column> likeResource = property.column().isPresent() ? Optional.empty()
                    : resource.flatMap(bound -> bound.property(property.name())).map(ColumnBinding::column);
            likeResource.or(() -> columnOf(schema, property, table)).ifPresent(column -> {
                columns.add(new ColumnBinding(property, column));
                checkType(schema, property, table, column);
            });
        }
        SchemaBinding binding = new SchemaBinding(schema, table, columns, transientProperties);
        bound.put(schema.name(), binding);
        return binding;
    }

    private Optional<Column> columnOf(ObjectSchema schema, Property property, Table table) {
        if (property.column().isPresent()) {
            Optional<Column> column = column(table, property.column().get());
            if (column.isEmpty()) {
                problems.error(property.pointer() + "/x-keel-column", "x-keel-column of property '" + property.name()
                        + "' of " + schema.name() + " names the column " + table.name() + "."
                        + property.column().get() + ", which the table does not have");
            }
            return column;
        }
        String conventional = naming.sqlName(property.name());
        Optional<Column> column = column(table, conventional).or(() -> column(table, property.name()));
        if (column.isEmpty()) {
            problems.error(property.pointer(), "Property '" + property.name() + "' of " + schema.name()
                    + " has no column in table " + table.name() + " (looked for " + table.name() + "." + conventional
                    + "); name its column with x-keel-column or mark it x-keel-transient");
        }
        return column;
    }

    private void checkType(ObjectSchema schema, Property property, Table table, Column column) {
        if (property.encrypted() && !unboundedText(column)) {
            problems.error(property.pointer() + "/x-keel-encrypted", "Property '" + property.name() + "' of "
                    + schema.name() + " is x-keel-encrypted: its ciphertext is longer than the value, so column "
                    + table.name() + "." + column.name() + " must be TEXT; it is " + column.sqlType());
            return;
        }
        fit.misfit(property.type(), column).ifPresent(reason -> problems.error(property.pointer(),
                "Property '" + property.name() + "' of " + schema.name() + " is " + fit.describe(property.type())
                        + ", but column " + table.name() + "." + column.name() + " is " + column.sqlType() + ": "
                        + reason));
    }

    /** A table of the default schema ({@code public}, or none in MySQL); other schemas are not bound yet. */
    Optional<Table> table(String name) {
        List<Table> candidates = database.tables().stream()
                .filter(table -> table.schema().isEmpty() || table.schema().equals("public"))
                .toList();
        return candidates.stream().filter(table -> table.name().equals(name)).findFirst()
                .or(() -> candidates.stream().filter(table -> table.name().equalsIgnoreCase(name)).findFirst());
    }

    static Optional<Column> column(Table table, String name) {
        return table.column(name)
                .or(() -> table.columns().stream().filter(column -> column.name().equalsIgnoreCase(name)).findFirst());
    }

    /** English plural of a snake_case name's last word: {@code project} to {@code projects}, {@code category} to
     * {@code categories}, {@code status} to {@code statuses}. */
    static String plural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return name + "es";
        }
        return name + "s";
    }

    /** TEXT, or VARCHAR without a length: room for any ciphertext. */
    private static boolean unboundedText(Column column) {
        String type = column.sqlType().toLowerCase(java.util.Locale.ROOT).strip();
        return type.equals("text") || type.equals("varchar") || type.equals("character varying")
                || type.equals("clob");
    }
}
