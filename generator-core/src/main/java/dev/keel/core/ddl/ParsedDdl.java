package dev.keel.core.ddl;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the parse stage keeps of all DDL files.
 *
 * @param statements the statements for jOOQ's interpreter, in file order
 * @param enumTypes PostgreSQL {@code CREATE TYPE ... AS ENUM} values by lower case type name; jOOQ's
 *     interpreter does not keep enum types, so Keel does
 * @param createdBy the {@code CREATE TABLE} statement of each table, by table name
 * @param accepted every statement Keel applies, enum types included, in file order
 */
record ParsedDdl(List<ParsedStatement> statements, Map<String, List<String>> enumTypes,
        Map<String, SqlStatement> createdBy, List<SqlStatement> accepted) {

    ParsedDdl {
        statements = List.copyOf(statements);
        accepted = List.copyOf(accepted);
        enumTypes = Map.copyOf(enumTypes);
        createdBy = Map.copyOf(createdBy);
    }

    Optional<SqlStatement> createStatement(String table) {
        return Optional.ofNullable(createdBy.get(table));
    }
}
