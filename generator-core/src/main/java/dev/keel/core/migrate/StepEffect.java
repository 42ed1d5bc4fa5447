package dev.keel.core.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Named;
import org.jooq.Table;

/**
 * What one step of a migration does, found by comparing the schema before and after it: jOOQ's diff yields
 * queries whose parts its public API does not expose, so Keel looks at their outcome instead.
 *
 * @param summary a few words for the migration's file name, e.g. {@code add_users_nickname}
 * @param subject the table or {@code table.column} the step is about, "" when none
 * @param loss what data the step destroys (a dropped table or column, a narrowed column), empty when none
 * @param failsWhen the data on which the database rejects the step (a new {@code NOT NULL} column without a
 *     default on a table with rows), empty when it applies to any data
 */
record StepEffect(String summary, String subject, Optional<String> loss, Optional<String> failsWhen) {

    /** Widening type changes that keep every value, by jOOQ's SQL type names. */
    private static final Set<String> WIDENINGS = Set.of(
            "tinyint>smallint", "tinyint>integer", "tinyint>bigint", "tinyint>numeric", "tinyint>decimal",
            "smallint>integer", "smallint>bigint", "smallint>numeric", "smallint>decimal",
            "integer>bigint", "integer>numeric", "integer>decimal", "bigint>numeric", "bigint>decimal",
            "real>double", "float>double",
            "char>varchar", "char>clob", "varchar>clob", "nchar>nvarchar", "nvarchar>nclob");

    static StepEffect of(Meta before, Meta after) {
        Map<String, Table<?>> old = tables(before);
        Map<String, Table<?>> now = tables(after);
        for (Map.Entry<String, Table<?>> table : old.entrySet()) {
            if (!now.containsKey(table.getKey())) {
                String name = table.getValue().getName();
                return new StepEffect("drop_" + name, name, Optional.of("table " + name + " and all its rows"),
                        Optional.empty());
            }
        }
        for (Map.Entry<String, Table<?>> table : now.entrySet()) {
            Table<?> previous = old.get(table.getKey());
            if (previous == null) {
                String name = table.getValue().getName();
                return new StepEffect("create_" + name, name, Optional.empty(), Optional.empty());
            }
            Optional<StepEffect> columns = columnChange(previous, table.getValue());
            if (columns.isPresent()) {
                return columns.get();
            }
        }
        for (Map.Entry<String, Table<?>> table : now.entrySet()) {
            if (!constraints(old.get(table.getKey())).equals(constraints(table.getValue()))) {
                String name = table.getValue().getName();
                return new StepEffect("alter_" + name, name, Optional.empty(), Optional.empty());
            }
        }
        return new StepEffect("alter_schema", "", Optional.empty(), Optional.empty());
    }

    private static Optional<StepEffect> columnChange(Table<?> before, Table<?> after) {
        String table = after.getName();
        for (Field<?> field : before.fields()) {
            Field<?> now = after.field(field.getName());
            String column = table + "." + field.getName();
            if (now == null) {
                return Optional.of(new StepEffect("drop_" + table + "_" + field.getName(), column,
                        Optional.of("column " + column + " and its values"), Optional.empty()));
            }
            if (!describe(field.getDataType()).equals(describe(now.getDataType()))) {
                Optional<String> loss = narrows(field.getDataType(), now.getDataType())
                        ? Optional.of("values of column " + column + " that its new type "
                                + typeText(now.getDataType()) + " cannot hold")
                        : Optional.empty();
                Optional<String> failsWhen = field.getDataType().nullable() && !now.getDataType().nullable()
                        ? Optional.of("a row of " + table + " has no value in " + field.getName())
                        : Optional.empty();
                return Optional.of(new StepEffect("alter_" + table + "_" + field.getName(), column, loss, failsWhen));
            }
        }
        for (Field<?> field : after.fields()) {
            if (before.field(field.getName()) == null) {
                DataType<?> type = field.getDataType();
                Optional<String> failsWhen = !type.nullable() && type.defaultValue() == null && !type.identity()
                        ? Optional.of(table + " has rows, as the new NOT NULL column has no default")
                        : Optional.empty();
                return Optional.of(new StepEffect("add_" + table + "_" + field.getName(),
                        table + "." + field.getName(), Optional.empty(), failsWhen));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a column's new type may not hold every value of its old one: another type that is no widening,
     * or the same type with a smaller length, precision or scale.
     */
    static boolean narrows(DataType<?> from, DataType<?> to) {
        String fromName = typeName(from);
        String toName = typeName(to);
        if (!fromName.equals(toName)) {
            return !WIDENINGS.contains(fromName + ">" + toName);
        }
        return smaller(from.lengthDefined(), from.length(), to.lengthDefined(), to.length())
                || smaller(from.precisionDefined(), from.precision(), to.precisionDefined(), to.precision())
                || smaller(from.scaleDefined(), from.scale(), to.scaleDefined(), to.scale());
    }

    /** An undefined length or precision is unlimited. */
    private static boolean smaller(boolean fromDefined, int from, boolean toDefined, int to) {
        return toDefined && to > 0 && (!fromDefined || from == 0 || to < from);
    }

    private static String describe(DataType<?> type) {
        return typeName(type) + "(" + type.length() + "," + type.precision() + "," + type.scale() + ")"
                + type.nullable() + type.identity() + type.defaultValue();
    }

    private static String typeText(DataType<?> type) {
        if (type.lengthDefined() && type.length() > 0) {
            return typeName(type) + "(" + type.length() + ")";
        }
        if (type.precisionDefined() && type.precision() > 0) {
            return typeName(type) + "(" + type.precision() + (type.scaleDefined() ? ", " + type.scale() : "") + ")";
        }
        return typeName(type);
    }

    /** The portable SQL type name, or the database's own for a type jOOQ does not know (an enum type). */
    private static String typeName(DataType<?> type) {
        DataType<?> sqlType = type.getSQLDataType();
        return (sqlType == null ? type.getTypeName() : sqlType.getTypeName()).toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Table<?>> tables(Meta meta) {
        Map<String, Table<?>> tables = new LinkedHashMap<>();
        for (Table<?> table : meta.getTables()) {
            tables.put(NamedSchema.key(table.getSchema() == null ? "" : table.getSchema().getName(), table.getName()),
                    table);
        }
        return tables;
    }

    private static String constraints(Table<?> table) {
        List<Named> parts = new ArrayList<>(table.getKeys());
        parts.addAll(table.getChecks());
        parts.addAll(table.getIndexes());
        return parts.stream().map(part -> part.getName() + part).sorted().collect(Collectors.joining("|"));
    }
}
