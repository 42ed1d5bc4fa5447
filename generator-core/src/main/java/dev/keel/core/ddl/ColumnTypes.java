package dev.keel.core.ddl;

import dev.keel.core.model.db.ColumnKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DataType;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.types.UByte;
import org.jooq.types.UInteger;
import org.jooq.types.ULong;
import org.jooq.types.UShort;

/**
 * Maps the data type jOOQ parsed to Keel's {@link ColumnKind}. jOOQ gives a type it does not know the Java type
 * {@code Object}; Keel reports such a column as an unknown type.
 */
final class ColumnTypes {

    private static final Map<Class<?>, ColumnKind> BY_JAVA_TYPE = Map.ofEntries(
            Map.entry(java.util.UUID.class, ColumnKind.UUID),
            Map.entry(Boolean.class, ColumnKind.BOOLEAN),
            Map.entry(Byte.class, ColumnKind.TINYINT),
            Map.entry(UByte.class, ColumnKind.TINYINT),
            Map.entry(Short.class, ColumnKind.SMALLINT),
            Map.entry(UShort.class, ColumnKind.SMALLINT),
            Map.entry(Integer.class, ColumnKind.INTEGER),
            Map.entry(UInteger.class, ColumnKind.INTEGER),
            Map.entry(Long.class, ColumnKind.BIGINT),
            Map.entry(ULong.class, ColumnKind.BIGINT),
            Map.entry(BigInteger.class, ColumnKind.NUMERIC),
            Map.entry(BigDecimal.class, ColumnKind.NUMERIC),
            Map.entry(Float.class, ColumnKind.REAL),
            Map.entry(Double.class, ColumnKind.DOUBLE),
            Map.entry(java.sql.Date.class, ColumnKind.DATE),
            Map.entry(java.sql.Time.class, ColumnKind.TIME),
            Map.entry(OffsetTime.class, ColumnKind.TIME_TZ),
            Map.entry(java.sql.Timestamp.class, ColumnKind.TIMESTAMP),
            Map.entry(OffsetDateTime.class, ColumnKind.TIMESTAMP_TZ),
            Map.entry(JSON.class, ColumnKind.JSON),
            Map.entry(JSONB.class, ColumnKind.JSONB),
            Map.entry(byte[].class, ColumnKind.BINARY));

    private ColumnTypes() {
    }

    static Optional<ColumnKind> kindOf(DataType<?> type) {
        if (type.isEnum()) {
            return Optional.of(ColumnKind.ENUM);
        }
        if (type.isArray()) {
            return Optional.of(ColumnKind.ARRAY);
        }
        if (type.isInterval()) {
            return Optional.of(ColumnKind.INTERVAL);
        }
        if (type.getType() == String.class) {
            return Optional.of(stringKind(type));
        }
        return Optional.ofNullable(BY_JAVA_TYPE.get(type.getType()));
    }

    private static ColumnKind stringKind(DataType<?> type) {
        if (type.isLob()) {
            return ColumnKind.TEXT;
        }
        String name = type.getTypeName().toLowerCase(Locale.ROOT);
        if (name.startsWith("char") || name.startsWith("nchar") || name.equals("character")) {
            return ColumnKind.CHAR;
        }
        return ColumnKind.VARCHAR;
    }
}
