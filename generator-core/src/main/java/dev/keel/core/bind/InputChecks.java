package dev.keel.core.bind;

import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.Table;
import java.util.List;
import java.util.Optional;

/**
 * What a request body promises against what its table accepts, so that a valid request never ends in a database
 * error: nulls and absent values for {@code NOT NULL} columns, lengths beyond a column's, enum values outside a
 * column's {@code CHECK} list. Also what a resource can read back: a column value its enum cannot represent.
 */
final class InputChecks {

    private final TypeFit fit;
    private final BindProblems problems;

    InputChecks(TypeFit fit, BindProblems problems) {
        this.fit = fit;
        this.problems = problems;
    }

    /** @param owner the owner column, which create fills from the owner rather than from the body */
    void checkBody(CrudKind kind, SchemaBinding body, Optional<Column> owner) {
        for (ColumnBinding binding : body.columns()) {
            Property property = binding.property();
            if (property.readOnly() || owner.equals(Optional.of(binding.column()))) {
                continue;
            }
            checkNulls(kind, body, property, binding.column());
            checkLength(body, property, binding.column());
            checkEnumValues(body, property, binding.column());
        }
        if (kind == CrudKind.CREATE) {
            checkUnfilledColumns(body, owner);
        }
    }

    /** A resource reads every value of its columns back: an enum must name each value a column allows. */
    void checkResource(SchemaBinding resource) {
        for (ColumnBinding binding : resource.columns()) {
            Optional<EnumSchema> enumSchema = fit.enumSchema(binding.property().type());
            List<String> allowed = binding.column().allowedValues();
            if (enumSchema.isEmpty() || allowed.isEmpty()) {
                continue;
            }
            List<String> values = enumValues(enumSchema.get());
            List<String> unknown = allowed.stream().filter(value -> !values.contains(value)).toList();
            if (!unknown.isEmpty()) {
                problems.error(binding.property().pointer(), "Column " + name(resource.table(), binding.column())
                        + " allows " + quoted(unknown) + ", which enum " + enumSchema.get().name() + " of property '"
                        + binding.property().name() + "' of " + resource.schema().name() + " cannot represent");
            }
        }
    }

    private void checkNulls(CrudKind kind, SchemaBinding body, Property property, Column column) {
        String subject = "Property '" + property.name() + "' of " + body.schema().name();
        String columnName = name(body.table(), column);
        boolean defaultFills = kind == CrudKind.CREATE && column.hasDefault();
        if (column.nullable() || defaultFills) {
            return;
        }
        if (property.nullable()) {
            problems.error(property.pointer(), subject + " accepts null, but column " + columnName + " is NOT NULL");
        } else if (kind == CrudKind.CREATE && !property.required() && property.defaultValue().isEmpty()) {
            problems.error(property.pointer(), subject + " may be left out, but column " + columnName
                    + " is NOT NULL without a default; make the property required or give it a default");
        }
    }

    private void checkLength(SchemaBinding body, Property property, Column column) {
        boolean text = property.type() instanceof TypeRef.Scalar scalar
                && (scalar.kind() == Kind.STRING || scalar.kind() == Kind.URI);
        if (!text || column.length().isEmpty()) {
            return;
        }
        int length = column.length().get();
        Optional<Integer> maxLength = property.constraints().maxLength();
        String columnName = name(body.table(), column);
        if (maxLength.isEmpty()) {
            problems.warning(property.pointer(), "Property '" + property.name() + "' of " + body.schema().name()
                    + " has no maxLength, but column " + columnName + " holds at most " + length
                    + " characters; longer values fail in the database");
        } else if (maxLength.get() > length) {
            problems.error(property.pointer(), "Property '" + property.name() + "' of " + body.schema().name()
                    + " allows maxLength " + maxLength.get() + ", beyond the length " + length + " of column "
                    + columnName);
        }
    }

    private void checkEnumValues(SchemaBinding body, Property property, Column column) {
        Optional<EnumSchema> enumSchema = fit.enumSchema(property.type());
        if (enumSchema.isEmpty() || column.allowedValues().isEmpty()) {
            return;
        }
        List<String> outside = enumValues(enumSchema.get()).stream()
                .filter(value -> !column.allowedValues().contains(value))
                .toList();
        if (!outside.isEmpty()) {
            problems.error(property.pointer(), "Property '" + property.name() + "' of " + body.schema().name()
                    + " allows " + quoted(outside) + " (enum " + enumSchema.get().name() + "), which column "
                    + name(body.table(), column) + " rejects: its CHECK list is " + quoted(column.allowedValues()));
        }
    }

    /** Every NOT NULL column without a default needs a value on insert: from the body or, for the owner, Keel. */
    private void checkUnfilledColumns(SchemaBinding body, Optional<Column> owner) {
        for (Column column : body.table().columns()) {
            boolean filled = body.column(column.name()).filter(binding -> !binding.property().readOnly()).isPresent();
            if (column.nullable() || column.hasDefault() || filled || owner.equals(Optional.of(column))) {
                continue;
            }
            problems.error(body.schema().pointer(), "Column " + name(body.table(), column)
                    + " is NOT NULL without a default, but " + body.schema().name()
                    + " has no writable property stored in it, so every create would fail");
        }
    }

    private static List<String> enumValues(EnumSchema schema) {
        return schema.constants().stream().map(EnumSchema.Constant::value).toList();
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
    }

    private static String name(Table table, Column column) {
        return table.name() + "." + column.name();
    }
}
