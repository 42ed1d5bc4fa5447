package dev.keel.core.model.bind;

import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.Table;
import java.util.List;
import java.util.Optional;

/**
 * A resource of the contract stored in a table and served by the generated repository, service and handler.
 *
 * @param resource the schema the item operations answer with, e.g. {@code Project}, bound to its table
 * @param key the primary key column
 * @param owner the column holding the owning user's id; rows are scoped by it and create sets it
 * @param updatedAt the column set to the current time on every update
 * @param version the column of optimistic locking, incremented on every update
 * @param operations in the contract's operation order, at most one of each kind
 */
public record ResourceBinding(SchemaBinding resource, Column key, Optional<Column> owner, Optional<Column> updatedAt,
        Optional<Column> version, List<CrudOperation> operations) {

    public ResourceBinding {
        operations = List.copyOf(operations);
    }

    public Table table() {
        return resource.table();
    }

    /** The contract name of the resource schema. */
    public String name() {
        return resource.schema().name();
    }

    public Optional<CrudOperation> operation(CrudKind kind) {
        return operations.stream().filter(operation -> operation.kind() == kind).findFirst();
    }
}
