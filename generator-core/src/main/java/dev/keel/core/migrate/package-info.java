/**
 * Flyway migrations planned from the DDL, for the database a generated application migrates at start-up.
 *
 * <p><b>Where the files live.</b> Migrations are committed source, not build output: the plugin writes them into
 * a directory the user commits, by default {@code src/main/resources/db/migration}, where Spring Boot's Flyway
 * finds them on the class path. Generating them under {@code target/} would not do: Flyway records a checksum
 * of each applied migration and refuses one that changed, and a clean build must never rewrite what a database
 * has already run. Keel only ever adds the next {@code V<n>__keel_<what>.sql}
 * ({@link dev.keel.core.migrate.MigrationWriter} refuses to overwrite a file) and never edits or deletes one.
 *
 * <p><b>What came before.</b> Keel stores no snapshot of the previous schema: it reads every versioned migration
 * in the directory, its own and hand-written ones, in version order with its DDL reader, and compares the schema
 * they create with the DDL's. A hand-written migration therefore counts like Keel's, as far as the DDL reader
 * understands it.
 *
 * <p><b>What is compared.</b> Tables, columns (type, nullability, default, identity), primary and unique keys and
 * checks through jOOQ's {@code Meta.migrateTo}; indexes (partial ones with their {@code WHERE}) and foreign keys
 * (with {@code ON DELETE}) by Keel; new PostgreSQL enum types, created with their statement as written. Not
 * compared: views, functions, triggers, sequences, row level security and policies (the DDL reader skips them),
 * and changes to an existing enum type (a warning). Unnamed constraints are dropped by the name PostgreSQL gives
 * them ({@code <table>_<column>_check}, {@code _key}, {@code _fkey}, {@code _pkey}).
 */
package dev.keel.core.migrate;
