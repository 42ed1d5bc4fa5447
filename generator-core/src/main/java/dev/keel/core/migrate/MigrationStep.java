package dev.keel.core.migrate;

/** One statement of a planned migration, without its semicolon, and what it does. */
record MigrationStep(String sql, StepEffect effect) {

    boolean destructive() {
        return effect.loss().isPresent();
    }
}
