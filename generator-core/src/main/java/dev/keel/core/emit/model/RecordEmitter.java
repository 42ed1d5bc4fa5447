package dev.keel.core.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.ConstraintAnnotations;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One Java record per object schema: components carry the JSON names, Bean Validation constraints and
 * Jackson access rules; the compact constructor strips strings and applies defaults, so both happen before
 * validation; a nested builder serves handler code that assembles responses.
 */
public final class RecordEmitter extends JavaEmitter<ObjectSchema> {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    static final ClassName JSON_PROPERTY_ACCESS = ClassName.get(JACKSON, "JsonProperty", "Access");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
    static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    static final ClassName JSON_INCLUDE_INCLUDE = ClassName.get(JACKSON, "JsonInclude", "Include");
    static final ClassName BIND_PARAM = ClassName.get("org.springframework.web.bind.annotation", "BindParam");

    /** Built once per run when the inputs are listed, before any record is written (on any thread). */
    private volatile RecordIndex index;

    @Override
    protected List<ObjectSchema> inputs(EmitContext context) {
        index = RecordIndex.of(context, index);
        return context.api().schemas().stream()
                .filter(ObjectSchema.class::isInstance)
                .map(ObjectSchema.class::cast)
                .toList();
    }

    @Override
    protected String packageName(ObjectSchema schema, EmitContext context) {
        return context.modelPackage();
    }

    @Override
    protected TypeSpec.Builder write(ObjectSchema schema, EmitContext context) {
        RecordIndex known = RecordIndex.of(context, index);
        boolean formBody = known.isFormBody(schema.name());
        JavaTypes types = formBody ? new JavaTypes(context).forFormFields() : new JavaTypes(context);
        ClassName recordClass = ClassName.get(context.modelPackage(), schema.javaName());
        TypeSpec.Builder record = TypeSpec.recordBuilder(recordClass).addModifiers(Modifier.PUBLIC);
        javadoc(schema).ifPresent(record::addJavadoc);
        if (schema.deprecated()) {
            record.addAnnotation(Deprecated.class);
        }
        if (!schema.properties().isEmpty()) {
            record.addAnnotation(propertyOrder(schema));
        }
        UnionMembership membership = new UnionMembership(schema, known.unionsOf(schema.name()));
        for (var union : membership.unions()) {
            record.addSuperinterface(context.schemaClass(union.name()));
        }
        if (!membership.unions().isEmpty()) {
            // Read as itself, a variant has no type id to look for; its union's annotation is for the union.
            record.addAnnotation(AnnotationSpec.builder(UnionEmitter.JSON_TYPE_INFO)
                    .addMember("use", "$T.NONE", UnionEmitter.JSON_TYPE_INFO_ID).build());
        }
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Property property : schema.properties()) {
            ParameterSpec component = component(property, types);
            if (formBody && !property.javaName().equals(property.name())) {
                component = component.toBuilder().addAnnotation(AnnotationSpec.builder(BIND_PARAM)
                        .addMember("value", "$S", property.name()).build()).build();
            }
            constructor.addParameter(component);
        }
        constructor.addCode(normalization(schema, new DefaultValues(context)));
        membership.discriminatorDefaults().forEach((property, value) -> constructor
                .beginControlFlow("if ($N == null)", property.javaName())
                .addStatement("$N = $S", property.javaName(), value)
                .endControlFlow());
        record.recordConstructor(constructor.build());
        for (Property property : schema.properties()) {
            if (property.deprecated()) {
                record.addMethod(deprecatedAccessor(property, types));
            }
        }
        new RecordBuilderWriter(schema, recordClass, types, context).addTo(record);
        return record;
    }

    private static ParameterSpec component(Property property, JavaTypes types) {
        ParameterSpec.Builder component = ParameterSpec
                .builder(ConstraintAnnotations.annotatedType(types, property.type()), property.javaName())
                .addAnnotation(jsonProperty(property));
        if (!property.required() && !property.nullable()) {
            component.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                    .addMember("value", "$T.NON_NULL", JSON_INCLUDE_INCLUDE).build());
        }
        // Clients never send read-only values, and a nullable value may be null even when its key is required.
        boolean mustBePresent = property.required() && !property.readOnly() && !property.nullable();
        component.addAnnotations(ConstraintAnnotations.of(types, property.type(), property.constraints(), mustBePresent));
        component.addAnnotations(ConstraintAnnotations.cascade(types, property.type()));
        return component.build();
    }

    /**
     * A deprecated property's accessor carries {@code @Deprecated}, so callers are warned; on the component itself
     * javac reports the annotation as having no effect on the constructor parameter.
     */
    private static MethodSpec deprecatedAccessor(Property property, JavaTypes types) {
        return MethodSpec.methodBuilder(property.javaName())
                .addAnnotation(Deprecated.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ConstraintAnnotations.annotatedType(types, property.type()))
                .addStatement("return $N", property.javaName())
                .build();
    }

    /** Responses list properties in the contract's order; Jackson would otherwise move read-only ones last. */
    private static AnnotationSpec propertyOrder(ObjectSchema schema) {
        CodeBlock names = schema.properties().stream()
                .map(property -> CodeBlock.of("$S", property.name()))
                .collect(CodeBlock.joining(", ", "{", "}"));
        return AnnotationSpec.builder(JSON_PROPERTY_ORDER).addMember("value", "$L", names).build();
    }

    private static AnnotationSpec jsonProperty(Property property) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", property.name());
        if (property.readOnly()) {
            annotation.addMember("access", "$T.READ_ONLY", JSON_PROPERTY_ACCESS);
        } else if (property.writeOnly()) {
            annotation.addMember("access", "$T.WRITE_ONLY", JSON_PROPERTY_ACCESS);
        }
        return annotation.build();
    }

    /** Stripping first, then defaults: a default is never stripped, and a blank value stays a value. */
    private static CodeBlock normalization(ObjectSchema schema, DefaultValues defaults) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Property property : schema.properties()) {
            if (property.trim() && isString(property.type())) {
                code.addStatement("$1N = $1N == null ? null : $1N.strip()", property.javaName());
            }
        }
        for (Property property : schema.properties()) {
            Optional<CodeBlock> value = property.defaultValue()
                    .flatMap(json -> defaults.expression(property.type(), json));
            value.ifPresent(expression -> code
                    .beginControlFlow("if ($N == null)", property.javaName())
                    .addStatement("$N = $L", property.javaName(), expression)
                    .endControlFlow());
        }
        return code.build();
    }

    private static boolean isString(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
    }

    private static Optional<CodeBlock> javadoc(ObjectSchema schema) {
        List<String> paragraphs = new ArrayList<>();
        if (!JavadocText.isBlank(schema.description())) {
            paragraphs.add(JavadocText.escape(schema.description()));
        }
        List<String> params = schema.properties().stream()
                .filter(property -> !JavadocText.isBlank(property.description()))
                .map(property -> "@param " + property.javaName() + " " + JavadocText.escape(property.description()))
                .toList();
        if (!params.isEmpty()) {
            paragraphs.add(String.join("\n", params));
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CodeBlock.of("$L\n", String.join("\n\n", paragraphs)));
    }
}
