package dev.keel.core.model.db;

/**
 * A {@code CHECK} constraint.
 *
 * @param name as declared, or the name PostgreSQL gives an unnamed one ({@code users_role_check}); MySQL's
 *     unnamed checks are {@code <table>_chk_<n>}
 * @param expression the condition as SQL text in the source dialect
 */
public record CheckConstraint(String name, String expression) {
}
