package dev.keel.core.model.bind;

import dev.keel.core.model.Property;
import dev.keel.core.model.db.Column;

/** One property of a bound schema and the column it is stored in. */
public record ColumnBinding(Property property, Column column) {
}
