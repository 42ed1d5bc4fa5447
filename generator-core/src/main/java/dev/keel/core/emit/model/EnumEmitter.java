package dev.keel.core.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.EnumSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One Java enum per enum schema. Each constant carries its wire value, which Jackson writes and reads;
 * {@code fromValue(String)} is what query parameters and the error handler rely on, and its message lists
 * the allowed values: {@code must be one of [active, archived]}.
 */
public final class EnumEmitter extends JavaEmitter<EnumSchema> {

    private static final String JACKSON = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
    static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    static final ClassName JSON_CREATOR_MODE = ClassName.get(JACKSON, "JsonCreator", "Mode");

    @Override
    protected List<EnumSchema> inputs(EmitContext context) {
        return context.api().schemas().stream()
                .filter(EnumSchema.class::isInstance)
                .map(EnumSchema.class::cast)
                .toList();
    }

    @Override
    protected String packageName(EnumSchema schema, EmitContext context) {
        return context.modelPackage();
    }

    @Override
    protected TypeSpec.Builder write(EnumSchema schema, EmitContext context) {
        ClassName enumClass = ClassName.get(context.modelPackage(), schema.javaName());
        TypeName valueType = valueType(schema);
        TypeSpec.Builder type = TypeSpec.enumBuilder(enumClass).addModifiers(Modifier.PUBLIC);
        if (!JavadocText.isBlank(schema.description())) {
            type.addJavadoc("$L\n", JavadocText.escape(schema.description()));
        }
        for (EnumSchema.Constant constant : schema.constants()) {
            String format = schema.integer() ? "$L" : "$S";
            type.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder(format, literal(schema, valueType, constant)).build());
        }
        type.addField(valueType, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(valueType, "value")
                .addStatement("this.value = value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The value as it is sent over the wire.\n")
                .addAnnotation(JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addStatement("return value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(schema.integer()
                        ? CodeBlock.of("return $T.valueOf(value);\n", String.class)
                        : CodeBlock.of("return value;\n"))
                .build());
        if (schema.integer()) {
            type.addMethod(fromNumber(schema, enumClass));
            type.addMethod(fromIntegerText(schema, enumClass));
        } else {
            type.addMethod(fromText(schema, enumClass));
        }
        return type;
    }

    /** Integer wire values fit in {@code Integer} unless one of them does not. */
    private static TypeName valueType(EnumSchema schema) {
        if (!schema.integer()) {
            return ClassName.get(String.class);
        }
        boolean fitsInt = schema.constants().stream()
                .map(constant -> wholeNumber(schema, constant))
                .allMatch(value -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
        return ClassName.get(fitsInt ? Integer.class : Long.class);
    }

    private static Object literal(EnumSchema schema, TypeName valueType, EnumSchema.Constant constant) {
        if (!schema.integer()) {
            return constant.value();
        }
        long value = wholeNumber(schema, constant);
        return valueType.equals(ClassName.get(Long.class)) ? value + "L" : Long.toString(value);
    }

    private static long wholeNumber(EnumSchema schema, EnumSchema.Constant constant) {
        try {
            return new BigDecimal(constant.value()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalStateException("The integer enum " + schema.name() + " has a value that is not a whole"
                    + " number in the long range: " + constant.value(), e);
        }
    }

    private static String allowedValuesMessage(EnumSchema schema) {
        return schema.constants().stream()
                .map(constant -> schema.integer() ? Long.toString(wholeNumber(schema, constant)) : constant.value())
                .collect(Collectors.joining(", ", "must be one of [", "]"));
    }

    private static AnnotationSpec delegatingCreator() {
        return AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.DELEGATING", JSON_CREATOR_MODE).build();
    }

    private static MethodSpec fromText(EnumSchema schema, ClassName enumClass) {
        return MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant with this wire value.\n\n@throws IllegalArgumentException for any other text\n")
                .addAnnotation(delegatingCreator())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(enumClass)
                .addParameter(String.class, "text")
                .beginControlFlow("for ($T constant : values())", enumClass)
                .beginControlFlow("if (constant.value.equals(text))")
                .addStatement("return constant")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S)", IllegalArgumentException.class, allowedValuesMessage(schema))
                .build();
    }

    private static MethodSpec fromNumber(EnumSchema schema, ClassName enumClass) {
        return MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant with this wire value.\n\n@throws IllegalArgumentException for any other number\n")
                .addAnnotation(delegatingCreator())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(enumClass)
                .addParameter(long.class, "number")
                .beginControlFlow("for ($T constant : values())", enumClass)
                .beginControlFlow("if (constant.value == number)")
                .addStatement("return constant")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S)", IllegalArgumentException.class, allowedValuesMessage(schema))
                .build();
    }

    private static MethodSpec fromIntegerText(EnumSchema schema, ClassName enumClass) {
        return MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant whose wire value this text spells, e.g. from a query parameter.\n\n"
                        + "@throws IllegalArgumentException for any other text\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(enumClass)
                .addParameter(String.class, "text")
                .beginControlFlow("try")
                .addStatement("return fromValue($T.parseLong(text == null ? $S : text.strip()))", Long.class, "")
                .nextControlFlow("catch ($T e)", NumberFormatException.class)
                .addStatement("throw new $T($S, e)", IllegalArgumentException.class, allowedValuesMessage(schema))
                .endControlFlow()
                .build();
    }
}
