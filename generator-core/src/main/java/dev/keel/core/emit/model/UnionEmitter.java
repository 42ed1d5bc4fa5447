package dev.keel.core.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.UnionSchema;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One sealed interface per {@code oneOf}/{@code anyOf} of objects, permitting exactly the records of its variants.
 * With a discriminator Jackson reads the variant's name from that property ({@code mapping} honoured); without one
 * it deduces the variant from the properties the JSON contains.
 */
public final class UnionEmitter extends JavaEmitter<UnionSchema> {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
    static final ClassName JSON_TYPE_INFO_ID = ClassName.get(JACKSON, "JsonTypeInfo", "Id");
    static final ClassName JSON_TYPE_INFO_AS = ClassName.get(JACKSON, "JsonTypeInfo", "As");
    static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
    static final ClassName JSON_SUB_TYPES_TYPE = ClassName.get(JACKSON, "JsonSubTypes", "Type");

    @Override
    protected List<UnionSchema> inputs(EmitContext context) {
        return context.api().schemas().stream()
                .filter(UnionSchema.class::isInstance)
                .map(UnionSchema.class::cast)
                .toList();
    }

    @Override
    protected String packageName(UnionSchema schema, EmitContext context) {
        return context.modelPackage();
    }

    @Override
    protected TypeSpec.Builder write(UnionSchema schema, EmitContext context) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(ClassName.get(context.modelPackage(), schema.javaName()))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        CodeBlock.Builder javadoc = CodeBlock.builder();
        if (!JavadocText.isBlank(schema.description())) {
            javadoc.add("$L\n\n", JavadocText.escape(schema.description()));
        }
        if (schema.discriminator().isPresent()) {
            javadoc.add("One of the variants below, named by the JSON property {@code $L}.\n",
                    JavadocText.escape(schema.discriminator().get()));
        } else {
            javadoc.add("One of the variants below, told apart by the properties the JSON contains.\n");
        }
        type.addJavadoc(javadoc.build());
        type.addAnnotation(typeInfo(schema));
        CodeBlock.Builder subTypes = CodeBlock.builder().add("{");
        boolean first = true;
        for (UnionSchema.Variant variant : schema.variants()) {
            ClassName record = context.schemaClass(variant.schemaName());
            type.addPermittedSubclass(record);
            List<String> names = schema.discriminator().isPresent() ? variant.discriminatorValues() : List.of("");
            for (String name : names) {
                AnnotationSpec.Builder subType = AnnotationSpec.builder(JSON_SUB_TYPES_TYPE)
                        .addMember("value", "$T.class", record);
                if (!name.isEmpty()) {
                    subType.addMember("name", "$S", name);
                }
                subTypes.add(first ? "$L" : ",$W$L", subType.build());
                first = false;
            }
        }
        type.addAnnotation(AnnotationSpec.builder(JSON_SUB_TYPES).addMember("value", "$L", subTypes.add("}").build())
                .build());
        return type;
    }

    /**
     * The discriminator is an ordinary property of every variant record, so Jackson reads it as the type id and
     * passes it on ({@code visible}), and writes it from the record ({@code EXISTING_PROPERTY}).
     */
    private static AnnotationSpec typeInfo(UnionSchema schema) {
        if (schema.discriminator().isEmpty()) {
            return AnnotationSpec.builder(JSON_TYPE_INFO).addMember("use", "$T.DEDUCTION", JSON_TYPE_INFO_ID).build();
        }
        return AnnotationSpec.builder(JSON_TYPE_INFO)
                .addMember("use", "$T.NAME", JSON_TYPE_INFO_ID)
                .addMember("include", "$T.EXISTING_PROPERTY", JSON_TYPE_INFO_AS)
                .addMember("property", "$S", schema.discriminator().get())
                .addMember("visible", "true")
                .build();
    }
}
