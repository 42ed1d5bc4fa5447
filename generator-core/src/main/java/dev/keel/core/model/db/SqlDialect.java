package dev.keel.core.model.db;

/** The database a DDL file is written for; it decides identifier case, type names and default constraint names. */
public enum SqlDialect {
    POSTGRES,
    MYSQL,
    MARIADB;

    public boolean isMySqlFamily() {
        return this == MYSQL || this == MARIADB;
    }
}
