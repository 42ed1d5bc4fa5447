package dev.keel.core.model;

/** A reference to a type as it is used by a property, parameter or body. */
public sealed interface TypeRef {

    /** A built-in scalar; the emitters decide the Java type for each kind. */
    record Scalar(Kind kind) implements TypeRef {
        public enum Kind {
            STRING, INT32, INT64, FLOAT, DOUBLE, DECIMAL, BOOLEAN, UUID, DATE, DATE_TIME, URI, BYTES, BINARY,
            /** Any JSON value: free-form objects and schemas Keel cannot type. */
            ANY
        }
    }

    /** A named schema of {@link ApiModel#schemas()}, by its contract name. */
    record Named(String schemaName) implements TypeRef {
    }

    /** An array; constraints on the items sit on the item type, e.g. {@code List<@Size(max = 10) String>}. */
    record ListOf(TypeRef items, Constraints itemConstraints, boolean uniqueItems) implements TypeRef {
    }

    /** An object with {@code additionalProperties}: string keys, typed values. */
    record MapOf(TypeRef values, Constraints valueConstraints) implements TypeRef {
    }

    static TypeRef scalar(Scalar.Kind kind) {
        return new Scalar(kind);
    }
}
