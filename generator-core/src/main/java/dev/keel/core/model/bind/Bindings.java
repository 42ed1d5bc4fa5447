package dev.keel.core.model.bind;

import dev.keel.core.model.Property;
import dev.keel.core.model.db.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the contract is bound to the tables of the DDL files: what the data layer is generated from.
 *
 * @param schemas every bound schema, sorted by name: resources, their request bodies, and schemas bound by
 *     {@code x-keel-table} or by name only
 * @param resources the resources with at least one CRUD operation, sorted by name
 */
public record Bindings(List<SchemaBinding> schemas, List<ResourceBinding> resources) {

    /** No DDL, nothing bound. */
    public static final Bindings NONE = new Bindings(List.of(), List.of());

    public Bindings {
        schemas = schemas.stream().sorted(Comparator.comparing(binding -> binding.schema().name())).toList();
        resources = resources.stream().sorted(Comparator.comparing(ResourceBinding::name)).toList();
    }

    public boolean isEmpty() {
        return schemas.isEmpty();
    }

    public Optional<SchemaBinding> schema(String schemaName) {
        return schemas.stream().filter(binding -> binding.schema().name().equals(schemaName)).findFirst();
    }

    public Optional<ResourceBinding> resource(String schemaName) {
        return resources.stream().filter(resource -> resource.name().equals(schemaName)).findFirst();
    }

    /**
     * One block per bound schema, e.g.
     * <pre>
     * Project -> projects (resource; key id, owner user_id, updated_at set on update)
     *   id -> projects.id
     *   createProject: create
     * </pre>
     */
    public String describe() {
        if (schemas.isEmpty()) {
            return "No schema of the contract is bound to a table.";
        }
        List<String> lines = new ArrayList<>();
        for (SchemaBinding binding : schemas) {
            Optional<ResourceBinding> resource = resource(binding.schema().name())
                    .filter(candidate -> candidate.resource().equals(binding));
            lines.add(binding.schema().name() + " -> " + binding.table().name()
                    + resource.map(Bindings::resourceSummary).orElse(""));
            for (ColumnBinding column : binding.columns()) {
                lines.add("  " + column.property().name() + " -> " + binding.table().name() + "."
                        + column.column().name());
            }
            for (Property property : binding.transientProperties()) {
                lines.add("  " + property.name() + " (transient, no column)");
            }
            resource.ifPresent(bound -> bound.operations().forEach(operation ->
                    lines.add("  " + operation.operation().operationId() + ": " + operation.kind().extensionValue())));
        }
        return String.join("\n", lines);
    }

    private static String resourceSummary(ResourceBinding resource) {
        List<String> parts = new ArrayList<>();
        parts.add("key " + resource.key().name());
        resource.owner().ifPresent(owner -> parts.add("owner " + owner.name()));
        resource.updatedAt().map(Column::name).ifPresent(column -> parts.add(column + " set on update"));
        resource.version().map(Column::name).ifPresent(column -> parts.add("optimistic lock on " + column));
        return " (resource; " + String.join(", ", parts) + ")";
    }
}
