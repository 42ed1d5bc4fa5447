package dev.keel.core.model.db;

import java.util.List;
import java.util.Optional;

/**
 * One column of a table, in declaration order.
 *
 * @param sqlType the type as the source dialect names it, lower case, with its length or precision, e.g.
 *     {@code text}, {@code varchar(255)}, {@code numeric(10, 2)}, {@code timestamp with time zone}
 * @param length the declared length of a {@code VARCHAR}/{@code CHAR} column
 * @param precision the declared precision of a {@code NUMERIC} column
 * @param scale the declared scale of a {@code NUMERIC} column
 * @param nullable false for {@code NOT NULL} and for primary key columns
 * @param defaultExpression the {@code DEFAULT} expression as SQL text in the source dialect, e.g.
 *     {@code uuid_generate_v4()}, {@code current_timestamp} (jOOQ normalizes {@code NOW()} to it)
 * @param identity whether the database generates the value: {@code SERIAL}, {@code BIGSERIAL},
 *     {@code GENERATED ... AS IDENTITY}, {@code AUTO_INCREMENT}
 * @param allowedValues the only values the column accepts, in declared order: from {@code CHECK (col IN (...))},
 *     a MySQL {@code ENUM(...)} or a PostgreSQL enum type; empty when unrestricted
 */
public record Column(
        String name,
        String sqlType,
        ColumnKind kind,
        Optional<Integer> length,
        Optional<Integer> precision,
        Optional<Integer> scale,
        boolean nullable,
        Optional<String> defaultExpression,
        boolean identity,
        List<String> allowedValues) {

    public Column {
        allowedValues = List.copyOf(allowedValues);
    }

    /** Whether an insert may leave the column out and still get a value from the database. */
    public boolean hasDefault() {
        return identity || defaultExpression.isPresent();
    }
}
