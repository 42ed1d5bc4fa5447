package dev.keel.core.migrate;

/**
 * A foreign key or an index of one table, which Keel compares itself rather than through jOOQ's diff, with the
 * queries that create and drop it.
 *
 * @param table the table's key, {@code schema.table}
 * @param definition Keel's model of it; a change to it is a drop and a create
 */
record NamedPart(String table, String name, Record definition, org.jooq.Query create, org.jooq.Query drop) {

    String key() {
        return table + "." + name;
    }

    String tableName() {
        return table.substring(table.indexOf('.') + 1);
    }
}
