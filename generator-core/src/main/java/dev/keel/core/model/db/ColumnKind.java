package dev.keel.core.model.db;

/**
 * A column's type, normalized across dialects so that emitters choose Java types without reading SQL type
 * names. {@code TEXT} is an unbounded string ({@code TEXT}, {@code CLOB}, MySQL's {@code *TEXT}); {@code VARCHAR}
 * and {@code CHAR} carry a length. {@code ENUM} is a MySQL {@code ENUM(...)} column or a column of a PostgreSQL
 * {@code CREATE TYPE ... AS ENUM} type; its values are in {@link Column#allowedValues()}.
 */
public enum ColumnKind {
    UUID,
    TEXT,
    VARCHAR,
    CHAR,
    ENUM,
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    NUMERIC,
    REAL,
    DOUBLE,
    DATE,
    TIME,
    TIME_TZ,
    TIMESTAMP,
    TIMESTAMP_TZ,
    INTERVAL,
    JSON,
    JSONB,
    BINARY,
    ARRAY
}
