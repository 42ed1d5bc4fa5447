package dev.keel.core.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The contract's schemas, unmodifiable, with a lookup by name: emitters ask for a schema by name for every type
 * they write, and a scan of the list per question grew with the square of the contract.
 */
final class SchemaList extends AbstractList<SchemaDef> implements RandomAccess {

    private final List<SchemaDef> schemas;
    private final Map<String, SchemaDef> byName = new HashMap<>();

    private SchemaList(List<SchemaDef> schemas) {
        this.schemas = List.copyOf(schemas);
        // The first of equal names wins, as a scan from the start finds it.
        this.schemas.forEach(schema -> byName.putIfAbsent(schema.name(), schema));
    }

    static List<SchemaDef> of(List<SchemaDef> schemas) {
        return schemas instanceof SchemaList ? schemas : new SchemaList(schemas);
    }

    static Optional<SchemaDef> find(List<SchemaDef> schemas, String name) {
        if (schemas instanceof SchemaList) {
            return Optional.ofNullable(((SchemaList) schemas).byName.get(name));
        }
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public SchemaDef get(int index) {
        return schemas.get(index);
    }

    @Override
    public int size() {
        return schemas.size();
    }
}
