package dev.keel.core.migrate;

import dev.keel.core.ddl.DdlReader;
import dev.keel.core.model.db.CheckConstraint;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.IndexColumn;
import dev.keel.core.model.db.Table;
import dev.keel.core.model.db.UniqueKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyReferencesStepN;
import org.jooq.ConstraintTypeStep;
import org.jooq.CreateIndexIncludeStep;
import org.jooq.CreateIndexStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Name;
import org.jooq.OrderField;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.TableOptions;
import org.jooq.impl.DSL;

/**
 * A schema as Keel migrates it: the DDL queries that create its tables with every constraint named as Keel's
 * model names it (as declared, else the name PostgreSQL gives it), its indexes, its foreign keys with their
 * {@code ON DELETE} actions, and its enum types as written.
 *
 * <p>jOOQ's diff of two such schemas drops a changed constraint by name; of an unnamed one it would render
 * {@code DROP CHECK (...)}, which no database accepts. Foreign keys and indexes stay out of the {@link #meta()}
 * jOOQ diffs, because the interpreted meta loses a foreign key's {@code ON DELETE} and jOOQ's diff a partial
 * index's {@code WHERE}; {@link SchemaDiff} compares them itself.
 */
final class NamedSchema {

    private static final String POSTGRES_DEFAULT_SCHEMA = "public";

    private final SQLDialect dialect;
    private final Map<String, Table> tables;
    private final List<Query> creates;
    private final Map<String, NamedPart> indexes;
    private final Map<String, NamedPart> foreignKeys;
    private final EnumTypes enumTypes;
    private final Meta meta;

    private NamedSchema(SQLDialect dialect, Map<String, Table> tables, List<Query> creates,
            Map<String, NamedPart> indexes, Map<String, NamedPart> foreignKeys, EnumTypes enumTypes, Meta meta) {
        this.dialect = dialect;
        this.tables = tables;
        this.creates = creates;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
        this.enumTypes = enumTypes;
        this.meta = meta;
    }

    static NamedSchema of(DdlReader.Reading reading) {
        DSLContext dsl = reading.meta().configuration().dsl();
        Map<String, org.jooq.Table<?>> interpreted = interpretedTables(reading.meta());
        Map<String, Table> tables = new LinkedHashMap<>();
        Set<String> schemas = new LinkedHashSet<>();
        List<Query> createTables = new ArrayList<>();
        Map<String, NamedPart> indexes = new LinkedHashMap<>();
        Map<String, NamedPart> foreignKeys = new LinkedHashMap<>();
        for (Table table : reading.schema().tables()) {
            org.jooq.Table<?> jooqTable = interpreted.get(key(table.schema(), table.name()));
            if (jooqTable == null) {
                continue;
            }
            tables.put(key(table.schema(), table.name()), table);
            if (!table.schema().isEmpty() && !table.schema().equals(POSTGRES_DEFAULT_SCHEMA)) {
                schemas.add(table.schema());
            }
            createTables.add(dsl.createTable(jooqTable.getQualifiedName())
                    .columns(columns(table, jooqTable))
                    .constraints(constraints(table, jooqTable)));
            String tableKey = key(table.schema(), table.name());
            for (Index index : table.indexes()) {
                NamedPart named = index(dsl, tableKey, jooqTable, index);
                indexes.put(named.key(), named);
            }
            for (ForeignKey key : table.foreignKeys()) {
                foreignKey(dsl, tableKey, jooqTable, key, interpreted)
                        .ifPresent(named -> foreignKeys.put(named.key(), named));
            }
        }
        List<Query> creates = new ArrayList<>();
        schemas.forEach(schema -> creates.add(dsl.createSchemaIfNotExists(SqlNames.name(schema))));
        creates.addAll(createTables);
        return new NamedSchema(dsl.dialect(), tables, List.copyOf(creates), indexes, foreignKeys,
                EnumTypes.of(reading.statements()), interpretAsWritten(dsl, creates));
    }

    /**
     * The meta of the queries as a migration writes them and the next plan reads them: rendered, parsed back and
     * interpreted. jOOQ compares a check's condition by its text, and a condition built from text differs from
     * one parsed from the same text.
     */
    private static Meta interpretAsWritten(DSLContext dsl, List<Query> queries) {
        SqlRenderer renderer = new SqlRenderer(dsl.dialect());
        return dsl.meta(queries.stream().map(query -> dsl.parser().parseQuery(renderer.render(query)))
                .toArray(Query[]::new));
    }

    static String key(String schema, String table) {
        return schema + "." + table;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** The tables without foreign keys and indexes, as jOOQ's interpreter holds them. */
    Meta meta() {
        return meta;
    }

    /** Keel's model of each table, by {@link #key}. */
    Map<String, Table> tables() {
        return tables;
    }

    /** Each index by {@link NamedPart#key()}. */
    Map<String, NamedPart> indexes() {
        return indexes;
    }

    /** Each foreign key by {@link NamedPart#key()}. */
    Map<String, NamedPart> foreignKeys() {
        return foreignKeys;
    }

    EnumTypes enumTypes() {
        return enumTypes;
    }

    /** DDL that creates the schema from nothing, every constraint named, for reading it again. */
    String script(SqlRenderer renderer) {
        List<String> statements = new ArrayList<>(enumTypes.statements());
        creates.forEach(query -> statements.add(renderer.render(query)));
        indexes.values().forEach(index -> statements.add(renderer.render(index.create())));
        foreignKeys.values().forEach(key -> statements.add(renderer.render(key.create())));
        return String.join(";\n", statements) + (statements.isEmpty() ? "" : ";\n");
    }

    private static Map<String, org.jooq.Table<?>> interpretedTables(Meta meta) {
        Map<String, org.jooq.Table<?>> tables = new LinkedHashMap<>();
        for (org.jooq.Table<?> table : meta.getTables()) {
            if (table.getTableType() == TableOptions.TableType.TABLE) {
                tables.put(key(table.getSchema() == null ? "" : table.getSchema().getName(), table.getName()), table);
            }
        }
        return tables;
    }

    /** The columns Keel's model kept (it reports and drops those of unknown type), typed as jOOQ read them. */
    private static List<Field<?>> columns(Table table, org.jooq.Table<?> jooqTable) {
        List<Field<?>> fields = new ArrayList<>();
        for (Column column : table.columns()) {
            Field<?> field = jooqTable.field(column.name());
            if (field != null) {
                fields.add(DSL.field(field.getUnqualifiedName(), field.getDataType()));
            }
        }
        return fields;
    }

    private static List<Constraint> constraints(Table table, org.jooq.Table<?> jooqTable) {
        List<Constraint> constraints = new ArrayList<>();
        if (!table.primaryKey().isEmpty()) {
            String declared = jooqTable.getPrimaryKey() == null ? "" : jooqTable.getPrimaryKey().getName();
            // PostgreSQL names an unnamed primary key <table>_pkey.
            String name = declared.isEmpty() ? table.name() + "_pkey" : declared;
            constraints.add(DSL.constraint(SqlNames.name(name)).primaryKey(fields(jooqTable, table.primaryKey())));
        }
        for (UniqueKey key : table.uniqueKeys()) {
            constraints.add(DSL.constraint(SqlNames.name(key.name())).unique(fields(jooqTable, key.columns())));
        }
        for (CheckConstraint check : table.checks()) {
            constraints.add(DSL.constraint(SqlNames.name(check.name())).check(DSL.condition(check.expression())));
        }
        return constraints;
    }

    private static NamedPart index(DSLContext dsl, String tableKey, org.jooq.Table<?> table, Index index) {
        List<OrderField<?>> fields = new ArrayList<>();
        for (IndexColumn column : index.columns()) {
            Field<?> field = fields(table, List.of(column.name()))[0];
            fields.add(column.descending() ? field.desc() : field);
        }
        Name name = indexName(table, index);
        CreateIndexStep create = index.unique() ? dsl.createUniqueIndex(name) : dsl.createIndex(name);
        CreateIndexIncludeStep on = create.on(table, fields);
        Query query = index.where().isPresent() ? on.where(DSL.condition(index.where().get())) : on;
        return new NamedPart(tableKey, index.name(), index, query, dsl.dropIndex(indexName(table, index)).on(table));
    }

    /** PostgreSQL keeps an index in its table's schema; the name is qualified with it but for {@code public}. */
    private static Name indexName(org.jooq.Table<?> table, Index index) {
        String schema = table.getSchema() == null ? "" : table.getSchema().getName();
        return schema.isEmpty() || schema.equals(POSTGRES_DEFAULT_SCHEMA) ? SqlNames.name(index.name())
                : DSL.name(table.getSchema().getUnqualifiedName(), SqlNames.name(index.name()));
    }

    private static Optional<NamedPart> foreignKey(DSLContext dsl, String tableKey, org.jooq.Table<?> table,
            ForeignKey key, Map<String, org.jooq.Table<?>> interpreted) {
        org.jooq.Table<?> referenced = interpreted.getOrDefault(key(key.referencedSchema(), key.referencedTable()),
                interpreted.get(key(tableKey.substring(0, tableKey.indexOf('.')), key.referencedTable())));
        if (referenced == null) {
            return Optional.empty();
        }
        ConstraintTypeStep named = DSL.constraint(SqlNames.name(key.name()));
        ConstraintForeignKeyReferencesStepN references = named.foreignKey(fields(table, key.columns()));
        Constraint constraint =
                onDelete(references.references(referenced, fields(referenced, key.referencedColumns())), key);
        Query drop = dsl.alterTable(table).dropConstraint(SqlNames.name(key.name()));
        return Optional.of(new NamedPart(tableKey, key.name(), key, dsl.alterTable(table).add(constraint), drop));
    }

    private static Constraint onDelete(org.jooq.ConstraintForeignKeyOnStep step, ForeignKey key) {
        switch (key.onDelete()) {
            case CASCADE:
                return step.onDeleteCascade();
            case SET_NULL:
                return step.onDeleteSetNull();
            case SET_DEFAULT:
                return step.onDeleteSetDefault();
            case RESTRICT:
                return step.onDeleteRestrict();
            default:
                return step;
        }
    }

    /** The columns by their names as jOOQ read them, so that a quoted name stays quoted. */
    private static Field<?>[] fields(org.jooq.Table<?> table, List<String> columns) {
        List<Field<?>> fields = new ArrayList<>();
        for (String column : columns) {
            Field<?> field = table.field(column);
            fields.add(DSL.field(field == null ? SqlNames.name(column) : field.getUnqualifiedName()));
        }
        return fields.toArray(Field[]::new);
    }
}
