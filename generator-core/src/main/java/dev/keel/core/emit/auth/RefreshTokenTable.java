package dev.keel.core.emit.auth;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.db.DatabaseSchema;
import java.util.Optional;

/**
 * Keel's own table of refresh tokens, {@code keel_refresh_tokens}: planned into the next migration with the user's
 * DDL when the contract has account operations and the DDL does not declare the table itself.
 */
public final class RefreshTokenTable {

    /** The file name the statements are planned under; migrations name it as one of their sources. */
    public static final String DDL_FILE = "keel_refresh_tokens.sql";

    private RefreshTokenTable() {
    }

    /** The CREATE statements, when the generated handler needs a table the DDL lacks. */
    public static Optional<String> ddl(EmitContext context, Bindings bindings, DatabaseSchema database) {
        if (database.table(AuthPlan.REFRESH_TOKEN_TABLE).isPresent()) {
            return Optional.empty();
        }
        return AuthPlan.of(context, bindings).map(plan -> """
                CREATE TABLE %1$s (
                  token_hash TEXT PRIMARY KEY,
                  family_id UUID NOT NULL,
                  user_id %2$s NOT NULL REFERENCES %3$s(%4$s) ON DELETE CASCADE,
                  expires_at TIMESTAMPTZ NOT NULL,
                  rotated_at TIMESTAMPTZ,
                  revoked_at TIMESTAMPTZ,
                  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
                );

                CREATE INDEX idx_%1$s_family_id ON %1$s(family_id);
                """.formatted(AuthPlan.REFRESH_TOKEN_TABLE, plan.key().sqlType(), plan.users().table().name(),
                plan.key().name()));
    }
}
