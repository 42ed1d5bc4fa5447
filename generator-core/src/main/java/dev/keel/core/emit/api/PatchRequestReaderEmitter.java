package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.COMPONENT;
import static dev.keel.core.emit.api.SpringTypes.JACKSON_EXCEPTION;
import static dev.keel.core.emit.api.SpringTypes.JSON_MAPPER;
import static dev.keel.core.emit.api.SpringTypes.JSON_NODE;
import static dev.keel.core.emit.api.SpringTypes.VALIDATOR;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.keel.core.emit.EmitContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PatchRequestReader}: turns a PATCH body, received as a JSON tree so the names it contained are
 * known, into a validated {@code PatchRequest}. Every failure is the 400 a body read by Spring MVC would get.
 */
final class PatchRequestReaderEmitter extends SupportTypeEmitter {

    private static final TypeName NAMES = ParameterizedTypeName.get(Set.class, String.class);

    @Override
    String simpleName() {
        return PATCH_REQUEST_READER;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(COMPONENT)
                .addJavadoc("""
                        Reads the body of a PATCH into a validated {@link $T}: with the application's JSON mapper,
                        Bean Validation, and a 400 for an explicit {@code null} the contract does not allow. Failures
                        are answered like those of any other body.
                        """, context.supportClass(PATCH_REQUEST))
                .addField(JSON_MAPPER, "mapper", Modifier.PRIVATE, Modifier.FINAL)
                .addField(VALIDATOR, "validator", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JSON_MAPPER, "mapper")
                        .addParameter(VALIDATOR, "validator")
                        .addStatement("this.mapper = mapper")
                        .addStatement("this.validator = validator")
                        .build())
                .addMethod(read(context))
                .addMethod(convert(context));
    }

    private static MethodSpec read(EmitContext context) {
        TypeVariableName value = TypeVariableName.get("T");
        ClassName detail = fieldDetail(context);
        ClassName requestErrors = context.supportClass(REQUEST_ERRORS);
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(value)
                .returns(ParameterizedTypeName.get(context.supportClass(PATCH_REQUEST), value))
                .addJavadoc("""
                        The body as a record and the contract's property names it contained, or a 400 problem listing
                        every {@code null} the contract refuses and every Bean Validation violation.

                        @param body the body as sent; anything but a JSON object is refused
                        @param type the body's record
                        @param properties the JSON names of the contract's properties: only these count as present
                        @param notNullable the JSON names whose explicit {@code null} the contract refuses
                        """)
                .addParameter(JSON_NODE, "body")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), value), "type")
                .addParameter(NAMES, "properties")
                .addParameter(NAMES, "notNullable")
                .addCode("""
                        if (!body.isObject()) {
                            throw $T.invalid($T.of(new $T("", $T.expected(type))));
                        }
                        T value = convert(body, type);
                        $T present = new $T<>();
                        $T details = new $T<>();
                        for (String name : body.propertyNames()) {
                            if (properties.contains(name)) {
                                present.add(name);
                            }
                            if (body.get(name).isNull() && notNullable.contains(name)) {
                                details.add(new $T(name, "must not be null"));
                            }
                        }
                        details.addAll($T.details(validator.validate(value)));
                        if (!details.isEmpty()) {
                            throw $T.invalid(details);
                        }
                        return new $T<>(value, present);
                        """, requestErrors, List.class, detail, requestErrors, NAMES, LinkedHashSet.class,
                        ParameterizedTypeName.get(ClassName.get(List.class), detail), ArrayList.class, detail,
                        requestErrors, requestErrors, context.supportClass(PATCH_REQUEST))
                .build();
    }

    private static MethodSpec convert(EmitContext context) {
        TypeVariableName value = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("convert")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(value)
                .returns(value)
                .addJavadoc("A wrong type or an unknown enum value fails as it would in a body Spring MVC reads.\n")
                .addParameter(JSON_NODE, "body")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), value), "type")
                .beginControlFlow("try")
                .addStatement("return mapper.treeToValue(body, type)")
                .nextControlFlow("catch ($T failure)", JACKSON_EXCEPTION)
                .addStatement("throw $T.of(failure)", context.supportClass(JSON_BODY_ERRORS))
                .endControlFlow()
                .build();
    }
}
