package dev.keel.core.openapi;

import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether a {@code oneOf}/{@code anyOf} can become a sealed interface over records: every alternative
 * but {@code null} must be an object, and a reader must be able to tell them apart, by a discriminator or by
 * a required property only one of them declares (what Jackson's deduction needs). When it cannot, it says why.
 */
final class UnionPlanner {

    private final ReadContext context;
    private final Map<String, Schema> components;
    private final Predicate<String> isObjectComponent;

    UnionPlanner(ReadContext context, Map<String, Schema> components, Predicate<String> isObjectComponent) {
        this.context = context;
        this.components = components;
        this.isObjectComponent = isObjectComponent;
    }

    /**
     * @param alternatives the indexes (in the contract's list) of the alternatives that are not {@code null}
     * @param discriminator {@code discriminator.propertyName}, when given
     * @param problem why the alternatives cannot become one Java type; empty when they can
     */
    record Plan(String keyword, List<Integer> alternatives, boolean nullable, Optional<String> discriminator,
            Optional<String> problem) {

        boolean viable() {
            return problem.isEmpty();
        }
    }

    Plan plan(Schema<?> schema, JsonPointer at) {
        String keyword = SchemaShape.alternativesKeyword(schema);
        List<Schema> all = SchemaShape.alternatives(schema);
        List<Integer> nonNull = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && !SchemaShape.isOnlyNull(all.get(i))) {
                nonNull.add(i);
            }
        }
        boolean nullable = nonNull.size() < all.size() || SchemaShape.nullable(schema);
        Optional<String> discriminator = Optional.ofNullable(schema.getDiscriminator())
                .map(Discriminator::getPropertyName).filter(name -> !name.isBlank());
        Optional<String> problem = problem(all, nonNull, discriminator, at.child(keyword));
        return new Plan(keyword, nonNull, nullable, discriminator, problem);
    }

    private Optional<String> problem(List<Schema> all, List<Integer> nonNull, Optional<String> discriminator,
            JsonPointer at) {
        if (nonNull.size() < 2) {
            return Optional.of("fewer than two alternatives");
        }
        Set<String> refs = new HashSet<>();
        for (int index : nonNull) {
            Schema<?> alternative = all.get(index);
            if (!isObject(alternative)) {
                return Optional.of("alternative " + index + " is not an object schema");
            }
            if (alternative.get$ref() != null && !refs.add(alternative.get$ref())) {
                return Optional.of("alternative " + index + " repeats " + alternative.get$ref());
            }
        }
        if (discriminator.isPresent()) {
            return Optional.empty();
        }
        return indistinguishable(all, nonNull, at);
    }

    /** Each variant needs a required property no other variant declares, or deduction cannot pick it. */
    private Optional<String> indistinguishable(List<Schema> all, List<Integer> nonNull, JsonPointer at) {
        Map<Integer, AllOfFlattener.Flat> flat = new LinkedHashMap<>();
        for (int index : nonNull) {
            flat.put(index, new AllOfFlattener(context, components)
                    .flatten(all.get(index), at.child(Integer.toString(index))));
        }
        for (int index : nonNull) {
            Set<String> othersDeclare = new HashSet<>();
            flat.forEach((other, properties) -> {
                if (other != index) {
                    othersDeclare.addAll(properties.properties().keySet());
                }
            });
            boolean distinct = flat.get(index).required().stream()
                    .anyMatch(name -> flat.get(index).properties().containsKey(name) && !othersDeclare.contains(name));
            if (!distinct) {
                return Optional.of("alternative " + index + " requires no property that the others do not declare, "
                        + "so a value cannot be told apart without a discriminator");
            }
        }
        return Optional.empty();
    }

    /**
     * Warns about a variant that does not declare the discriminator property: Jackson writes the variant's name
     * from that property, so a value of it could not be read back.
     */
    void checkDiscriminatorDeclared(Schema<?> schema, Plan plan, JsonPointer at) {
        String property = plan.discriminator().orElse(null);
        if (property == null) {
            return;
        }
        List<Schema> all = SchemaShape.alternatives(schema);
        for (int index : plan.alternatives()) {
            JsonPointer where = at.child(plan.keyword(), Integer.toString(index));
            if (!new AllOfFlattener(context, components).flatten(all.get(index), where).properties()
                    .containsKey(property)) {
                context.problems.warning(where, "This alternative does not declare the discriminator property '"
                        + property + "'; a value of it cannot be read back as this variant");
            }
        }
    }

    private boolean isObject(Schema<?> alternative) {
        if (alternative.get$ref() != null) {
            return context.componentName(alternative.get$ref(), "schemas").filter(isObjectComponent).isPresent();
        }
        boolean composed = SchemaShape.nonEmpty(alternative.getAllOf());
        return SchemaShape.alternatives(alternative).isEmpty() && !SchemaShape.nonEmpty(alternative.getEnum())
                && (composed || SchemaShape.isObject(alternative) && alternative.getProperties() != null);
    }

    /**
     * The discriminator values of each variant: the {@code mapping} keys that point at it, else its schema name.
     *
     * @param variantNames the contract name of each variant's schema, by alternative index
     */
    Map<Integer, List<String>> discriminatorValues(Schema<?> schema, Map<Integer, String> variantNames,
            JsonPointer at) {
        Map<String, String> mapping = schema.getDiscriminator() == null || schema.getDiscriminator().getMapping() == null
                ? Map.of() : schema.getDiscriminator().getMapping();
        Map<Integer, List<String>> values = new LinkedHashMap<>();
        variantNames.keySet().forEach(index -> values.put(index, new ArrayList<>()));
        mapping.forEach((value, target) -> {
            String targetName = target.startsWith("#") ? context.componentName(target, "schemas").orElse(target)
                    : target;
            Optional<Integer> variant = variantNames.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(targetName)).map(Map.Entry::getKey).findFirst();
            if (variant.isPresent()) {
                values.get(variant.get()).add(value);
            } else {
                context.problems.warning(at.child("discriminator", "mapping", value), "The discriminator value '"
                        + value + "' maps to " + target + ", which is none of the alternatives; Keel ignores it");
            }
        });
        values.forEach((index, names) -> {
            if (names.isEmpty()) {
                names.add(variantNames.get(index));
            }
        });
        return values;
    }
}
