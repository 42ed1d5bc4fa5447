package dev.keel.core.emit.audit;

import dev.keel.core.model.AuditStore;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.emit.EmitContext;
import java.util.Optional;

/**
 * Keel's table of audit events, {@code keel_audit_events}: planned into the next migration with the user's DDL when
 * the contract says {@code x-keel-audit: table} and the DDL does not declare the table itself.
 */
public final class AuditTable {

    public static final String TABLE = "keel_audit_events";
    /** The file name the statements are planned under; migrations name it as one of their sources. */
    public static final String DDL_FILE = TABLE + ".sql";

    private AuditTable() {
    }

    public static boolean stored(EmitContext context) {
        return context.api().audit() == AuditStore.TABLE;
    }

    /** The CREATE statements, when the contract stores its audit trail and the DDL lacks the table. */
    public static Optional<String> ddl(EmitContext context, DatabaseSchema database) {
        if (!stored(context) || database.table(TABLE).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("""
                CREATE TABLE %1$s (
                  id BIGSERIAL PRIMARY KEY,
                  occurred_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  resource TEXT NOT NULL,
                  resource_id TEXT,
                  outcome TEXT NOT NULL,
                  request_id TEXT
                );

                CREATE INDEX idx_%1$s_resource ON %1$s(resource, resource_id);
                """.formatted(TABLE));
    }
}
