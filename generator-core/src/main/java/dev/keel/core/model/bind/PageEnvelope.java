package dev.keel.core.model.bind;

import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import java.util.List;
import java.util.Optional;

/**
 * A list response that wraps the rows: e.g. {@code ProjectPage} with {@code data} and a {@code pagination} object of
 * {@code page, limit, total, totalPages}.
 *
 * @param slots one per property of the schema, in order: what the data layer fills it with
 */
public record PageEnvelope(ObjectSchema schema, List<Slot> slots) {

    public PageEnvelope {
        slots = List.copyOf(slots);
    }

    /** What a property of an envelope holds. */
    public enum Value {
        /** The rows of the page. */
        ITEMS,
        /** The 1-based page number. */
        PAGE,
        /** The page size. */
        LIMIT,
        /** The number of rows matching the filters, on all pages. */
        TOTAL,
        /** The number of pages. */
        TOTAL_PAGES,
        /** The cursor of the next page of a keyset list; {@code null} on the last page. */
        NEXT_CURSOR,
        /** A nested object of page values, see {@link Slot#nested()}. */
        NESTED,
        /** Nothing the data layer knows: {@code null}. */
        NONE
    }

    public record Slot(Property property, Value value, Optional<PageEnvelope> nested) {
    }

    public boolean needsTotal() {
        return slots.stream().anyMatch(slot -> slot.value() == Value.TOTAL || slot.value() == Value.TOTAL_PAGES
                || slot.nested().map(PageEnvelope::needsTotal).orElse(false));
    }
}
