package dev.keel.core.model.db;

import java.util.List;

/**
 * A {@code FOREIGN KEY} / {@code REFERENCES} constraint.
 *
 * @param name as declared, or the name the database gives an unnamed one (PostgreSQL
 *     {@code projects_user_id_fkey}, MySQL {@code projects_ibfk_1})
 * @param referencedSchema the referenced table's schema, "" when the DDL names none
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
