package dev.keel.core.migrate;

/**
 * The migration Keel adds.
 *
 * @param version Flyway's version, e.g. {@code 2}
 * @param fileName e.g. {@code V2__keel_add_users_nickname.sql}
 * @param sql the whole file text
 */
public record PlannedMigration(String version, String fileName, String sql) {
}
