package dev.keel.core.check;

/**
 * One difference between the committed contract snapshot and the current contract that a client or the user's
 * code notices.
 *
 * @param pointer JSON pointer into the contract of what changed (the old one for a removal)
 * @param breaking whether clients written against the old contract can fail against the new one
 */
public record ContractChange(Kind kind, String pointer, String message, boolean breaking) {

    public enum Kind {
        REMOVED_OPERATION, RENAMED_OPERATION, REMOVED_SCHEMA, REMOVED_FIELD, NEW_REQUIRED_FIELD,
        NEW_REQUIRED_PARAMETER, NARROWED_TYPE, NARROWED_ENUM, NARROWED_CONSTRAINT
    }

    /** {@code breaking change: removed operation getNote (GET /notes/{id}) [#/paths/...]}. */
    public String format() {
        return (breaking ? "breaking change: " : "contract change: ") + message + " [#" + pointer + "]";
    }
}
