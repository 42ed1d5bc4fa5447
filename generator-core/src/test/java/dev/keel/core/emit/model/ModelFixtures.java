package dev.keel.core.emit.model;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.RateLimits;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built model pieces, so the emitter tests do not depend on the OpenAPI reader. */
final class ModelFixtures {

    static final String BASE_PACKAGE = "com.example.app";
    static final String MODEL_PACKAGE = BASE_PACKAGE + ".model";

    static final TypeRef STRING = TypeRef.scalar(TypeRef.Scalar.Kind.STRING);
    static final TypeRef INT32 = TypeRef.scalar(TypeRef.Scalar.Kind.INT32);
    static final TypeRef INT64 = TypeRef.scalar(TypeRef.Scalar.Kind.INT64);
    static final TypeRef DOUBLE = TypeRef.scalar(TypeRef.Scalar.Kind.DOUBLE);
    static final TypeRef DECIMAL = TypeRef.scalar(TypeRef.Scalar.Kind.DECIMAL);
    static final TypeRef BOOLEAN = TypeRef.scalar(TypeRef.Scalar.Kind.BOOLEAN);
    static final TypeRef UUID_TYPE = TypeRef.scalar(TypeRef.Scalar.Kind.UUID);
    static final TypeRef DATE_TIME = TypeRef.scalar(TypeRef.Scalar.Kind.DATE_TIME);

    private ModelFixtures() {
    }

    static EmitContext context(SchemaDef... schemas) {
        List<SchemaDef> sorted = Arrays.stream(schemas).sorted(Comparator.comparing(SchemaDef::javaName)).toList();
        ApiModel api = new ApiModel("Test API", "1.0.0", "", List.of(), List.of(), sorted, List.of(),
                RateLimits.NONE);
        KeelConfig config = new KeelConfig(Path.of("openapi.yaml"), List.of(), BASE_PACKAGE, Path.of("target/keel"),
                Optional.empty());
        return new EmitContext(api, config);
    }

    static ObjectSchema object(String name, PropertyFixture... properties) {
        return new ObjectSchema(name, name, "", false,
                Arrays.stream(properties).map(PropertyFixture::build).toList(), "#/components/schemas/" + name);
    }

    static EnumSchema stringEnum(String name, String... javaNameValuePairs) {
        return new EnumSchema(name, name, "", false, constants(javaNameValuePairs), "#/components/schemas/" + name);
    }

    static EnumSchema integerEnum(String name, String... javaNameValuePairs) {
        return new EnumSchema(name, name, "", true, constants(javaNameValuePairs), "#/components/schemas/" + name);
    }

    private static List<EnumSchema.Constant> constants(String... javaNameValuePairs) {
        List<EnumSchema.Constant> constants = new java.util.ArrayList<>();
        for (int i = 0; i < javaNameValuePairs.length; i += 2) {
            constants.add(new EnumSchema.Constant(javaNameValuePairs[i], javaNameValuePairs[i + 1]));
        }
        return constants;
    }

    static TypeRef named(String schemaName) {
        return new TypeRef.Named(schemaName);
    }

    static TypeRef listOf(TypeRef items, Constraints itemConstraints) {
        return new TypeRef.ListOf(items, itemConstraints, false);
    }

    static PropertyFixture property(String name, TypeRef type) {
        return new PropertyFixture(name, type);
    }

    static ConstraintsFixture constraints() {
        return new ConstraintsFixture();
    }

    /** A property with every flag off unless a test turns it on. */
    static final class PropertyFixture {
        private final String name;
        private final TypeRef type;
        private String javaName;
        private boolean required;
        private boolean nullable;
        private boolean readOnly;
        private boolean writeOnly;
        private boolean deprecated;
        private boolean trim;
        private Constraints constraints = Constraints.NONE;
        private String defaultValue;
        private String description = "";

        private PropertyFixture(String name, TypeRef type) {
            this.name = name;
            this.javaName = name;
            this.type = type;
        }

        PropertyFixture javaName(String value) { javaName = value; return this; }
        PropertyFixture required() { required = true; return this; }
        PropertyFixture nullable() { nullable = true; return this; }
        PropertyFixture readOnly() { readOnly = true; return this; }
        PropertyFixture writeOnly() { writeOnly = true; return this; }
        PropertyFixture deprecated() { deprecated = true; return this; }
        PropertyFixture trim() { trim = true; return this; }
        PropertyFixture constraints(ConstraintsFixture value) { constraints = value.build(); return this; }
        PropertyFixture defaultValue(String json) { defaultValue = json; return this; }
        PropertyFixture description(String value) { description = value; return this; }

        Property build() {
            return new Property(name, javaName, type, required, nullable, readOnly, writeOnly, deprecated, trim,
                    constraints, Optional.ofNullable(defaultValue), description, "#/properties/" + name);
        }
    }

    /** Validation keywords, none unless a test sets them. */
    static final class ConstraintsFixture {
        private Integer minLength;
        private Integer maxLength;
        private String pattern;
        private BigDecimal minimum;
        private boolean exclusiveMinimum;
        private BigDecimal maximum;
        private boolean exclusiveMaximum;
        private Integer minItems;
        private Integer maxItems;
        private boolean email;
        private final Map<String, String> messages = new HashMap<>();

        ConstraintsFixture minLength(int value) { minLength = value; return this; }
        ConstraintsFixture maxLength(int value) { maxLength = value; return this; }
        ConstraintsFixture pattern(String value) { pattern = value; return this; }
        ConstraintsFixture minimum(String value) { minimum = new BigDecimal(value); return this; }
        ConstraintsFixture exclusiveMinimum(String value) { minimum(value); exclusiveMinimum = true; return this; }
        ConstraintsFixture maximum(String value) { maximum = new BigDecimal(value); return this; }
        ConstraintsFixture exclusiveMaximum(String value) { maximum(value); exclusiveMaximum = true; return this; }
        ConstraintsFixture minItems(int value) { minItems = value; return this; }
        ConstraintsFixture maxItems(int value) { maxItems = value; return this; }
        ConstraintsFixture email() { email = true; return this; }
        ConstraintsFixture message(String keyword, String text) { messages.put(keyword, text); return this; }

        Constraints build() {
            return new Constraints(Optional.ofNullable(minLength), Optional.ofNullable(maxLength),
                    Optional.ofNullable(pattern), Optional.ofNullable(minimum), exclusiveMinimum,
                    Optional.ofNullable(maximum), exclusiveMaximum, Optional.ofNullable(minItems),
                    Optional.ofNullable(maxItems), email, messages);
        }
    }
}
