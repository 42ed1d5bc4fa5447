package dev.keel.core.model.bind;

import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import java.util.Optional;

/**
 * An operation the generated data layer serves.
 *
 * @param key the path parameter holding the primary key, for operations on an item
 * @param body the request body bound to the resource's table, for create, replace and patch
 * @param list the query parameters and response shape, for list
 */
public record CrudOperation(CrudKind kind, Operation operation, Optional<Parameter> key, Optional<SchemaBinding> body,
        Optional<ListQuery> list) {
}
