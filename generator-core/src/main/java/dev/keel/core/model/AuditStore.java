package dev.keel.core.model;

/** Where the generated application keeps its audit trail: the root {@code x-keel-audit} of the contract. */
public enum AuditStore {
    /** Structured log lines only (no {@code x-keel-audit}, or {@code x-keel-audit: log}). */
    LOG,
    /** Log lines and rows of Keel's table {@code keel_audit_events} ({@code x-keel-audit: table}). */
    TABLE
}
