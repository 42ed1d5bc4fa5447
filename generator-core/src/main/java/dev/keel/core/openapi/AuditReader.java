package dev.keel.core.openapi;

import dev.keel.core.model.AuditStore;
import java.util.Locale;

/** Reads the root {@code x-keel-audit}: {@code log} (the default) or {@code table}; anything else is an error there. */
final class AuditReader {

    static final String EXTENSION = "x-keel-audit";

    private final ReadContext context;

    AuditReader(ReadContext context) {
        this.context = context;
    }

    AuditStore store() {
        Object declared = context.api.getExtensions() == null ? null : context.api.getExtensions().get(EXTENSION);
        if (declared == null) {
            return AuditStore.LOG;
        }
        String value = String.valueOf(declared).trim().toLowerCase(Locale.ROOT);
        if (value.equals("table")) {
            return AuditStore.TABLE;
        }
        if (!value.equals("log")) {
            context.problems.error(JsonPointer.of(EXTENSION), EXTENSION + " is 'log' (audit events are logged) or "
                    + "'table' (also stored in keel_audit_events); found '" + declared + "'");
        }
        return AuditStore.LOG;
    }
}
