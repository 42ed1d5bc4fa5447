package dev.keel.core.ddl;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.CheckConstraint;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.IndexColumn;
import dev.keel.core.model.db.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Check;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Named;
import org.jooq.SortOrder;
import org.jooq.UniqueKey;

/**
 * Turns one table of jOOQ's interpreted meta into Keel's {@link Table}, adding what the meta does not keep:
 * foreign key actions, enum values, the allowed values of {@code CHECK (col IN (...))}, default constraint names
 * and the table's source location.
 */
final class TableBuilder {

    private final JooqSession jooq;
    private final ParsedDdl parsed;
    private final ForeignKeyActions actions;
    private final Diagnostics diagnostics;

    TableBuilder(JooqSession jooq, ParsedDdl parsed, ForeignKeyActions actions, Diagnostics diagnostics) {
        this.jooq = jooq;
        this.parsed = parsed;
        this.actions = actions;
        this.diagnostics = diagnostics;
    }

    Table build(org.jooq.Table<?> table) {
        String name = table.getName();
        Optional<SqlStatement> created = parsed.createStatement(name);
        List<String> primaryKey = table.getPrimaryKey() == null ? List.of() : names(table.getPrimaryKey().getFields());
        ConstraintNames names = new ConstraintNames(jooq.dialect(), name);
        reserveDeclaredNames(table, names);
        List<Column> columns = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            column(table, field, primaryKey, created).ifPresent(columns::add);
        }
        return new Table(
                table.getSchema() == null ? "" : table.getSchema().getName(),
                name,
                columns,
                primaryKey,
                uniqueKeys(table, names),
                foreignKeys(table, names),
                indexes(table),
                checks(table, names),
                created.map(SqlStatement::file).orElse(""),
                created.map(SqlStatement::line).orElse(0));
    }

    private Optional<Column> column(org.jooq.Table<?> table, Field<?> field, List<String> primaryKey,
            Optional<SqlStatement> created) {
        DataType<?> type = field.getDataType();
        String sqlType = jooq.typeName(type);
        Optional<ColumnKind> kind = ColumnTypes.kindOf(type);
        List<String> enumValues = enumValues(type, sqlType);
        if (kind.isEmpty() && !enumValues.isEmpty()) {
            kind = Optional.of(ColumnKind.ENUM);
        }
        if (kind.isEmpty()) {
            reportUnknownType(table.getName(), field.getName(), sqlType, created);
            return Optional.empty();
        }
        if (type.isEnum()) {
            sqlType = "enum(" + String.join(", ", enumValues.stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .toList()) + ")";
        }
        ColumnKind columnKind = kind.get();
        boolean sized = columnKind == ColumnKind.VARCHAR || columnKind == ColumnKind.CHAR;
        boolean numeric = columnKind == ColumnKind.NUMERIC;
        Optional<Integer> length = sized && type.lengthDefined() ? Optional.of(type.length()) : Optional.empty();
        Optional<Integer> precision =
                numeric && type.precisionDefined() ? Optional.of(type.precision()) : Optional.empty();
        Optional<Integer> scale = numeric && type.scaleDefined() ? Optional.of(type.scale()) : Optional.empty();
        return Optional.of(new Column(
                field.getName(),
                sqlType + length.map(l -> "(" + l + ")")
                        .or(() -> precision.map(p -> "(" + p + scale.map(s -> ", " + s).orElse("") + ")")).orElse(""),
                columnKind,
                length,
                precision,
                scale,
                type.nullable() && !primaryKey.contains(field.getName()),
                type.defaultValue() == null ? Optional.empty() : Optional.of(jooq.sql(type.defaultValue())),
                type.identity(),
                enumValues.isEmpty() ? CheckValues.allowedValues(table, field.getName()) : enumValues));
    }

    /** Values of a MySQL {@code ENUM(...)} column or of a column typed with a PostgreSQL enum type. */
    private List<String> enumValues(DataType<?> type, String sqlType) {
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getType().getEnumConstants()) {
                values.add(((org.jooq.EnumType) constant).getLiteral());
            }
            return values;
        }
        String typeName = sqlType.substring(sqlType.lastIndexOf('.') + 1).replace("\"", "");
        return parsed.enumTypes().getOrDefault(typeName, List.of());
    }

    private void reportUnknownType(String table, String column, String sqlType, Optional<SqlStatement> created) {
        String file = created.map(SqlStatement::file).orElse("");
        int line = created.map(s -> columnLine(s, column)).orElse(0);
        diagnostics.error(file, line, table + "." + column, "unknown SQL type '" + sqlType + "' of column "
                + table + "." + column + "; declare it with a standard type (or, in PostgreSQL, as an enum type)");
    }

    /** The line where the column is declared: its name followed by a type, at a line start or after '(' or ','. */
    private static int columnLine(SqlStatement statement, String column) {
        Pattern declaration = Pattern.compile("(?:^|[\\s(,])[\"`]?" + Pattern.quote(column) + "[\"`]?\\s+\\w",
                Pattern.CASE_INSENSITIVE);
        Matcher matcher = declaration.matcher(statement.text());
        return matcher.find() ? statement.fileLineAt(matcher.start() + 1) : statement.line();
    }

    private static void reserveDeclaredNames(org.jooq.Table<?> table, ConstraintNames names) {
        List<Named> constraints = new ArrayList<>(table.getUniqueKeys());
        constraints.addAll(table.getReferences());
        constraints.addAll(table.getChecks());
        constraints.stream().map(Named::getName).filter(n -> !n.isEmpty()).forEach(names::declared);
    }

    private List<dev.keel.core.model.db.UniqueKey> uniqueKeys(org.jooq.Table<?> table, ConstraintNames names) {
        List<dev.keel.core.model.db.UniqueKey> keys = new ArrayList<>();
        for (UniqueKey<?> key : table.getUniqueKeys()) {
            List<String> columns = names(key.getFields());
            String name = key.getName().isEmpty() ? names.uniqueKey(columns) : key.getName();
            keys.add(new dev.keel.core.model.db.UniqueKey(name, columns));
        }
        keys.sort(Comparator.comparing(dev.keel.core.model.db.UniqueKey::name));
        return keys;
    }

    private List<ForeignKey> foreignKeys(org.jooq.Table<?> table, ConstraintNames names) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.jooq.ForeignKey<?, ?> key : table.getReferences()) {
            List<String> columns = names(key.getFields());
            org.jooq.Table<?> referenced = key.getKey().getTable();
            keys.add(new ForeignKey(
                    key.getName().isEmpty() ? names.foreignKey(columns) : key.getName(),
                    columns,
                    referenced.getSchema() == null ? "" : referenced.getSchema().getName(),
                    referenced.getName(),
                    names(key.getKeyFields()),
                    actions.onDelete(table.getName(), columns)));
        }
        keys.sort(Comparator.comparing(ForeignKey::name));
        return keys;
    }

    private List<Index> indexes(org.jooq.Table<?> table) {
        List<Index> indexes = new ArrayList<>();
        for (org.jooq.Index index : table.getIndexes()) {
            List<IndexColumn> columns = index.getFields().stream()
                    .map(f -> new IndexColumn(f.getName(), f.getOrder() == SortOrder.DESC)).toList();
            Optional<String> where = Optional.ofNullable(index.getWhere()).map(jooq::sql);
            indexes.add(new Index(index.getName(), columns, index.getUnique(), where));
        }
        indexes.sort(Comparator.comparing(Index::name));
        return indexes;
    }

    private List<CheckConstraint> checks(org.jooq.Table<?> table, ConstraintNames names) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (Check<?> check : table.getChecks()) {
            String name = check.getName().isEmpty()
                    ? names.check(CheckValues.restrictedColumn(check)
                            .or(() -> CheckValues.onlyColumn(table, jooq.plainSql(check.condition())))
                            .map(List::of).orElse(List.of()))
                    : check.getName();
            checks.add(new CheckConstraint(name, jooq.sql(check.condition())));
        }
        checks.sort(Comparator.comparing(CheckConstraint::name));
        return checks;
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::getName).toList();
    }
}
