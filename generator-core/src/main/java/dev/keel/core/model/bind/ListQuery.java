package dev.keel.core.model.bind;

import dev.keel.core.model.Parameter;
import java.util.List;
import java.util.Optional;

/**
 * The query parameters of a list operation the data layer understands.
 *
 * @param page the 1-based page number parameter
 * @param limit the page size parameter
 * @param sort the {@code field:direction,...} parameter
 * @param filters equality filters: query parameters named like a stored property of the resource
 * @param envelope the object the rows are wrapped in; empty when the response is a plain array
 * @param cursor the opaque position parameter of a keyset list ({@code x-keel-pagination: cursor}); when present
 *     the list seeks past the key the cursor holds, in key order, and {@code page} and {@code sort} are empty
 */
public record ListQuery(Optional<Parameter> page, Optional<Parameter> limit, Optional<Parameter> sort,
        List<Filter> filters, Optional<PageEnvelope> envelope, Optional<Parameter> cursor) {

    public ListQuery {
        filters = List.copyOf(filters);
    }

    /** A page-numbered list. */
    public ListQuery(Optional<Parameter> page, Optional<Parameter> limit, Optional<Parameter> sort,
            List<Filter> filters, Optional<PageEnvelope> envelope) {
        this(page, limit, sort, filters, envelope, Optional.empty());
    }

    /** Whether the list is paged by cursor (keyset) rather than by page number. */
    public boolean keyset() {
        return cursor.isPresent();
    }

    /** A query parameter compared for equality (or membership, for an array) with a column. */
    public record Filter(Parameter parameter, ColumnBinding column) {
    }

    /** Whether the response reports the number of matching rows, which takes a count query. */
    public boolean needsTotal() {
        return envelope.map(PageEnvelope::needsTotal).orElse(false);
    }
}
