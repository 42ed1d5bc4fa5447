package dev.keel.core.ddl;

import dev.keel.core.model.db.CheckConstraint;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.ForeignKey;
import dev.keel.core.model.db.Index;
import dev.keel.core.model.db.Table;
import dev.keel.core.model.db.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Meta;
import org.jooq.SortOrder;
import org.jooq.meta.AbstractIndexDefinition;
import org.jooq.meta.AbstractMetaDatabase;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DefaultCheckConstraintDefinition;
import org.jooq.meta.DefaultIndexColumnDefinition;
import org.jooq.meta.DefaultRelations;
import org.jooq.meta.IndexColumnDefinition;
import org.jooq.meta.IndexDefinition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/**
 * A jOOQ code generator database over the schema Keel's {@link DdlReader} read, so that jOOQ's generator needs no
 * database and no H2. Tables and column types come from jOOQ's interpreted meta (jOOQ's
 * {@link AbstractMetaDatabase}); keys, checks and indexes come from Keel's model, which names the constraints the
 * DDL leaves unnamed; jOOQ's meta database reads no unique keys or indexes and drops unnamed foreign keys.
 *
 * <p>jOOQ creates its database by class name, so {@link JooqTableClasses} hands the schema over under a key in
 * the {@value #HANDOVER_KEY} property. Public only because jOOQ instantiates it.
 */
public final class InterpretedMetaDatabase extends AbstractMetaDatabase {

    static final String HANDOVER_KEY = "keel.schema";

    record Handover(Meta meta, DatabaseSchema schema) {
    }

    private static final Map<String, Handover> HANDED_OVER = new ConcurrentHashMap<>();

    static void handOver(String key, Handover handover) {
        HANDED_OVER.put(key, handover);
    }

    static void release(String key) {
        HANDED_OVER.remove(key);
    }

    private Handover handover() {
        Handover handover = HANDED_OVER.get(getProperties().getProperty(HANDOVER_KEY, ""));
        if (handover == null) {
            throw new IllegalStateException("no schema handed over under " + HANDOVER_KEY);
        }
        return handover;
    }

    @Override
    protected Meta getMeta0() {
        return handover().meta();
    }

    @Override
    protected void loadPrimaryKeys(DefaultRelations relations) {
        for (Table table : handover().schema().tables()) {
            definition(table).ifPresent(definition -> {
                for (String column : table.primaryKey()) {
                    relations.addPrimaryKey(primaryKeyName(table), definition, definition.getColumn(column));
                }
            });
        }
    }

    @Override
    protected void loadUniqueKeys(DefaultRelations relations) {
        for (Table table : handover().schema().tables()) {
            definition(table).ifPresent(definition -> {
                for (UniqueKey key : table.uniqueKeys()) {
                    key.columns().forEach(c -> relations.addUniqueKey(key.name(), definition, definition.getColumn(c)));
                }
            });
        }
    }

    @Override
    protected void loadForeignKeys(DefaultRelations relations) {
        DatabaseSchema schema = handover().schema();
        for (Table table : schema.tables()) {
            Optional<TableDefinition> definition = definition(table);
            for (ForeignKey key : table.foreignKeys()) {
                Optional<Table> referenced = schema.tables().stream()
                        .filter(t -> t.schema().equals(key.referencedSchema()) && t.name().equals(key.referencedTable()))
                        .findFirst();
                Optional<String> referencedKey = referenced.flatMap(t -> keyNamed(t, key.referencedColumns()));
                Optional<TableDefinition> referencedDefinition = referenced.flatMap(this::definition);
                if (definition.isEmpty() || referencedKey.isEmpty() || referencedDefinition.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < key.columns().size(); i++) {
                    relations.addForeignKey(key.name(), definition.get(),
                            definition.get().getColumn(key.columns().get(i)), referencedKey.get(),
                            referencedDefinition.get(),
                            referencedDefinition.get().getColumn(key.referencedColumns().get(i)), true);
                }
            }
        }
    }

    @Override
    protected void loadCheckConstraints(DefaultRelations relations) {
        for (Table table : handover().schema().tables()) {
            definition(table).ifPresent(definition -> {
                for (CheckConstraint check : table.checks()) {
                    relations.addCheckConstraint(definition, new DefaultCheckConstraintDefinition(
                            definition.getSchema(), definition, check.name(), check.expression()));
                }
            });
        }
    }

    @Override
    protected List<IndexDefinition> getIndexes0() {
        List<IndexDefinition> indexes = new ArrayList<>();
        for (Table table : handover().schema().tables()) {
            definition(table).ifPresent(definition -> {
                for (Index index : table.indexes()) {
                    indexes.add(new KeelIndexDefinition(definition, index));
                }
            });
        }
        return indexes;
    }

    private Optional<TableDefinition> definition(Table table) {
        SchemaDefinition schema = getSchema(table.schema());
        return schema == null ? Optional.empty() : Optional.ofNullable(getTable(schema, table.name()));
    }

    /** The primary key or unique key over exactly these columns, which a foreign key references. */
    private static Optional<String> keyNamed(Table table, List<String> columns) {
        if (table.primaryKey().equals(columns)) {
            return Optional.of(primaryKeyName(table));
        }
        return table.uniqueKeys().stream().filter(k -> k.columns().equals(columns)).map(UniqueKey::name).findFirst();
    }

    /** PostgreSQL's name for a primary key; MySQL names them all PRIMARY, which would clash in jOOQ's Keys. */
    private static String primaryKeyName(Table table) {
        return table.name() + "_pkey";
    }

    private static final class KeelIndexDefinition extends AbstractIndexDefinition {

        private final Index index;

        KeelIndexDefinition(TableDefinition table, Index index) {
            super(table.getSchema(), index.name(), table, index.unique());
            this.index = index;
        }

        @Override
        protected List<IndexColumnDefinition> getIndexColumns0() {
            List<IndexColumnDefinition> columns = new ArrayList<>();
            for (int i = 0; i < index.columns().size(); i++) {
                ColumnDefinition column = getTable().getColumn(index.columns().get(i).name());
                SortOrder order = index.columns().get(i).descending() ? SortOrder.DESC : SortOrder.ASC;
                columns.add(new DefaultIndexColumnDefinition(this, column, order, i + 1));
            }
            return columns;
        }
    }
}
