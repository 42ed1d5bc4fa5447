package dev.keel.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code oneOf}/{@code anyOf} of object schemas; becomes a sealed interface that the variants' records implement,
 * so a handler can return any variant and a client's JSON is read into the right one.
 *
 * @param discriminator the property whose value names the variant ({@code discriminator.propertyName}); empty when
 *     the variants are told apart by the properties they require (Jackson's deduction)
 * @param variants every variant with the discriminator values that select it, in contract order
 */
public record UnionSchema(
        String name,
        String javaName,
        String description,
        Optional<String> discriminator,
        List<Variant> variants,
        String pointer) implements SchemaDef {

    public UnionSchema {
        variants = List.copyOf(variants);
    }

    /**
     * @param schemaName the contract name of the variant's object schema
     * @param discriminatorValues the values of the discriminator that select it: those {@code mapping} gives it,
     *     else its schema name; empty without a discriminator
     */
    public record Variant(String schemaName, List<String> discriminatorValues) {

        public Variant {
            discriminatorValues = List.copyOf(discriminatorValues);
        }
    }
}
