package dev.keel.core.model.db;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum ReferentialAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
}
