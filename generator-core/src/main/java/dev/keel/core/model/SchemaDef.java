package dev.keel.core.model;

/** A named type the emitters turn into one Java file. */
public sealed interface SchemaDef permits ObjectSchema, EnumSchema, UnionSchema {

    /** The contract name, e.g. {@code Project} or a derived name for an inline schema. */
    String name();

    /** The Java simple name, unique among all generated types. */
    String javaName();

    /** JSON pointer of the schema in the spec. */
    String pointer();
}
