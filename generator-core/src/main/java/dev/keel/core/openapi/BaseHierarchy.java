package dev.keel.core.openapi;

import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which components extend which through {@code allOf: [{$ref: Base}, ...]}: a base that declares a discriminator
 * is read polymorphically, as the union of its descendants.
 */
final class BaseHierarchy {

    private final ReadContext context;
    private final Map<String, Schema> components;

    BaseHierarchy(ReadContext context, Map<String, Schema> components) {
        this.context = context;
        this.components = components;
    }

    /** {@code discriminator.propertyName} of a component that is not itself a {@code oneOf}/{@code anyOf}. */
    Optional<String> discriminator(String name) {
        Schema<?> schema = components.get(name);
        if (schema == null || !SchemaShape.alternatives(schema).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(schema.getDiscriminator()).map(Discriminator::getPropertyName)
                .filter(property -> !property.isBlank());
    }

    /** Every component that extends the base, directly or through others, in contract order. */
    List<String> descendants(String base) {
        Set<String> found = new LinkedHashSet<>();
        collect(base, found);
        List<String> ordered = new ArrayList<>();
        components.keySet().stream().filter(found::contains).forEach(ordered::add);
        return ordered;
    }

    private void collect(String base, Set<String> found) {
        components.forEach((name, schema) -> {
            if (schema != null && !found.contains(name) && !name.equals(base) && extendsDirectly(schema, base)) {
                found.add(name);
                collect(name, found);
            }
        });
    }

    private boolean extendsDirectly(Schema<?> schema, String base) {
        if (!SchemaShape.nonEmpty(schema.getAllOf())) {
            return false;
        }
        return schema.getAllOf().stream().anyMatch(part -> part != null && part.get$ref() != null
                && context.componentName(part.get$ref(), "schemas").filter(base::equals).isPresent());
    }
}
