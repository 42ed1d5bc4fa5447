package dev.keel.core.model.bind;

import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.db.Table;
import java.util.List;
import java.util.Optional;

/**
 * An object schema bound to a table.
 *
 * @param columns each stored property with its column, in the schema's property order
 * @param transientProperties the properties marked {@code x-keel-transient}, stored in no column
 */
public record SchemaBinding(ObjectSchema schema, Table table, List<ColumnBinding> columns,
        List<Property> transientProperties) {

    public SchemaBinding {
        columns = List.copyOf(columns);
        transientProperties = List.copyOf(transientProperties);
    }

    /** The binding of the property with this JSON name, when it is stored. */
    public Optional<ColumnBinding> property(String jsonName) {
        return columns.stream().filter(binding -> binding.property().name().equals(jsonName)).findFirst();
    }

    /** The binding of the property stored in this column, when one is. */
    public Optional<ColumnBinding> column(String columnName) {
        return columns.stream().filter(binding -> binding.column().name().equals(columnName)).findFirst();
    }
}
