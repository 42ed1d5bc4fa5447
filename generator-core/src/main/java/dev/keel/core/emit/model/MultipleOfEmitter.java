package dev.keel.core.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.ConstraintAnnotations;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.TypeRef;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code MultipleOf} constraint of the support package, with its validator nested, when some value
 * of the contract has a {@code multipleOf}: the value divided by the factor leaves no remainder, computed in
 * {@link BigDecimal} so {@code 0.3} is a multiple of {@code 0.1} and a {@code long} keeps every digit.
 */
final class MultipleOfEmitter extends JavaEmitter<EmitContext> {

    private static final String VALIDATION = "jakarta.validation";
    private static final ClassName CONSTRAINT = ClassName.get(VALIDATION, "Constraint");
    private static final ClassName PAYLOAD = ClassName.get(VALIDATION, "Payload");
    private static final ClassName CONSTRAINT_VALIDATOR = ClassName.get(VALIDATION, "ConstraintValidator");
    private static final ClassName VALIDATOR_CONTEXT = ClassName.get(VALIDATION, "ConstraintValidatorContext");

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return used(context.api()) ? List.of(context) : List.of();
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return context.supportPackage();
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName self = context.supportClass(ConstraintAnnotations.MULTIPLE_OF);
        ClassName validator = self.nestedClass("Validator");
        return TypeSpec.annotationBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The contract's {@code multipleOf}: the value divided by {@link #value()} leaves no remainder.
                        {@code null} is valid; {@code @NotNull} decides whether a value must be present.
                        """)
                .addAnnotation(AnnotationSpec.builder(Target.class)
                        .addMember("value", "{$T.FIELD, $T.METHOD, $T.PARAMETER, $T.TYPE_USE, $T.ANNOTATION_TYPE}",
                                ElementType.class, ElementType.class, ElementType.class, ElementType.class,
                                ElementType.class)
                        .build())
                .addAnnotation(AnnotationSpec.builder(Retention.class)
                        .addMember("value", "$T.RUNTIME", RetentionPolicy.class).build())
                .addAnnotation(Documented.class)
                .addAnnotation(AnnotationSpec.builder(CONSTRAINT)
                        .addMember("validatedBy", "$T.class", validator).build())
                .addMethod(attribute("value", ClassName.get(String.class), null,
                        "The factor as the contract writes it, e.g. {@code 0.01}."))
                .addMethod(attribute("message", ClassName.get(String.class), "$S", "must be a multiple of {value}"))
                .addMethod(attribute("groups", ArrayTypeName.of(ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(Object.class))), "{}", null))
                .addMethod(attribute("payload", ArrayTypeName.of(ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(PAYLOAD))), "{}", null))
                .addType(validator(self, validator));
    }

    private static MethodSpec attribute(String name, TypeName type, String defaultFormat, String defaultOrDoc) {
        MethodSpec.Builder attribute = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(type);
        if (defaultFormat == null) {
            attribute.addJavadoc("$L\n", defaultOrDoc);
        } else if (defaultOrDoc == null) {
            attribute.defaultValue(defaultFormat);
        } else {
            attribute.defaultValue(defaultFormat, defaultOrDoc);
        }
        return attribute.build();
    }

    private static TypeSpec validator(ClassName annotation, ClassName self) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Checks {@link $T} on integers and decimals.\n", annotation)
                .addSuperinterface(ParameterizedTypeName.get(CONSTRAINT_VALIDATOR, annotation,
                        ClassName.get(Number.class)))
                .addField(BigDecimal.class, "factor", Modifier.PRIVATE)
                .addMethod(MethodSpec.methodBuilder("initialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(annotation, "constraint")
                        .addStatement("factor = new $T(constraint.value())", BigDecimal.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("isValid")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(Number.class, "value")
                        .addParameter(VALIDATOR_CONTEXT, "context")
                        .beginControlFlow("if (value == null)")
                        .addStatement("return true")
                        .endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return decimal(value).remainder(factor).signum() == 0")
                        .nextControlFlow("catch ($T notFinite)", NumberFormatException.class)
                        .addStatement("return false")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("decimal")
                        .addJavadoc("Doubles by their shortest decimal text, so {@code 0.3} is exactly 0.3.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(BigDecimal.class)
                        .addParameter(Number.class, "value")
                        .beginControlFlow("if (value instanceof $T decimal)", BigDecimal.class)
                        .addStatement("return decimal")
                        .endControlFlow()
                        .beginControlFlow("if (value instanceof $T integer)", BigInteger.class)
                        .addStatement("return new $T(integer)", BigDecimal.class)
                        .endControlFlow()
                        .beginControlFlow("if (value instanceof $T || value instanceof $T)", Double.class, Float.class)
                        .addStatement("return new $T(value.toString())", BigDecimal.class)
                        .endControlFlow()
                        .addStatement("return $T.valueOf(value.longValue())", BigDecimal.class)
                        .build())
                .build();
    }

    /** Whether a property, parameter, array item or map value of the contract has a {@code multipleOf}. */
    static boolean used(ApiModel api) {
        Stream<Constraints> properties = api.schemas().stream()
                .filter(ObjectSchema.class::isInstance)
                .flatMap(schema -> ((ObjectSchema) schema).properties().stream())
                .flatMap(property -> constraints(property.constraints(), property.type()));
        Stream<Constraints> parameters = api.operations().stream()
                .map(Operation::parameters)
                .flatMap(List::stream)
                .flatMap(parameter -> constraints(parameter.constraints(), parameter.type()));
        return Stream.concat(properties, parameters).anyMatch(constraints -> constraints.multipleOf().isPresent());
    }

    private static Stream<Constraints> constraints(Constraints own, TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return Stream.concat(Stream.of(own), constraints(list.itemConstraints(), list.items()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return Stream.concat(Stream.of(own), constraints(map.valueConstraints(), map.values()));
        }
        return Stream.of(own);
    }
}
