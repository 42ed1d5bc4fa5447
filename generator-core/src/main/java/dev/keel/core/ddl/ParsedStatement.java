package dev.keel.core.ddl;

import org.jooq.Query;

/** A DDL statement and what jOOQ parsed it into. */
record ParsedStatement(SqlStatement statement, Query query) {
}
