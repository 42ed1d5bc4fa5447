package dev.keel.core.model.bind;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a CRUD-shaped operation does to its resource; the lower-case name is the value of {@code x-keel-crud}. */
public enum CrudKind {
    /** {@code GET} of the collection: one page of rows. */
    LIST,
    /** {@code POST} to the collection: inserts a row. */
    CREATE,
    /** {@code GET} of an item by key. */
    GET,
    /** {@code PUT} of an item: every editable column. */
    REPLACE,
    /** {@code PATCH} of an item: the fields the request contains. */
    PATCH,
    /** {@code DELETE} of an item. */
    DELETE;

    public String extensionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean onItem() {
        return this != LIST && this != CREATE;
    }

    public static Optional<CrudKind> fromExtension(String value) {
        return Arrays.stream(values()).filter(kind -> kind.extensionValue().equals(value)).findFirst();
    }
}
