package dev.keel.core.emit.contracttest;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.UnionSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One JUnit 5 class with a round-trip test per variant of every polymorphic (discriminated or deduced) schema: a
 * valid JSON object of the variant is read as the union, must come out as the variant's record, and must be written
 * back as the same JSON. Plain unit tests of the generated model, needing no running application.
 */
final class PolymorphismRoundTripEmitter extends JavaEmitter<List<UnionSchema>> {

    static final String CLASS_NAME = "PolymorphismRoundTripTest";
    private static final ClassName JSON_MAPPER = ClassName.get("tools.jackson.databind.json", "JsonMapper");
    private static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");
    private static final ClassName OBJECT_NODE = ClassName.get("tools.jackson.databind.node", "ObjectNode");

    /** A round-trip case: the variant of the union, the JSON that selects it and a valid instance of it. */
    record Case(UnionSchema union, UnionSchema.Variant variant, String json) {
    }

    @Override
    protected List<List<UnionSchema>> inputs(EmitContext context) {
        return cases(context).isEmpty() ? List.of() : List.of(unions(context));
    }

    @Override
    protected String packageName(List<UnionSchema> unions, EmitContext context) {
        return ContractTestTypes.packageName(context);
    }

    private static List<UnionSchema> unions(EmitContext context) {
        return context.api().schemas().stream()
                .filter(UnionSchema.class::isInstance)
                .map(UnionSchema.class::cast)
                .toList();
    }

    /** Every variant Keel can make a valid object of, union by union in contract order. */
    static List<Case> cases(EmitContext context) {
        SampleValues samples = new SampleValues(context.api());
        List<Case> cases = new ArrayList<>();
        for (UnionSchema union : unions(context)) {
            for (UnionSchema.Variant variant : union.variants()) {
                Optional<String> json = samples.validVariant(union, variant, 0);
                json.ifPresent(text -> cases.add(new Case(union, variant, text)));
            }
        }
        return cases;
    }

    @Override
    protected TypeSpec.Builder write(List<UnionSchema> unions, EmitContext context) {
        TypeSpec.Builder type = TypeSpec.classBuilder(CLASS_NAME)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Every variant of every polymorphic schema, read from valid JSON as its union: it must be\n"
                        + "read as the variant's record and written back as the same JSON. Needs no running\n"
                        + "application.\n")
                .addField(FieldSpec.builder(JSON_MAPPER, "JSON", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.builder().build()", JSON_MAPPER).build());
        for (Case roundTrip : cases(context)) {
            type.addMethod(test(roundTrip, context));
        }
        type.addMethod(MethodSpec.methodBuilder("assertSameJson")
                .addJavadoc("The written JSON is the read one: null properties (absent optional ones) aside, numbers\n"
                        + "compared by value ({@code 1} is {@code 1.0}).\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "expected")
                .addParameter(String.class, "written")
                .addStatement("$T<$T> sameValue = (a, b) -> a.isNumber() && b.isNumber()$W"
                        + "? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1",
                        Comparator.class, JSON_NODE)
                .addStatement("$T.assertTrue(JSON.readTree(expected)$W.equals(sameValue, "
                        + "withoutNulls(JSON.readTree(written))),"
                        + "$W() -> \"expected \" + expected + \" but was written as \" + written)",
                        ContractTestTypes.ASSERTIONS)
                .build());
        type.addMethod(MethodSpec.methodBuilder("withoutNulls")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE)
                .addParameter(JSON_NODE, "node")
                .beginControlFlow("if (node instanceof $T object)", OBJECT_NODE)
                .addStatement("object.removeIf($T::isNull)", JSON_NODE)
                .endControlFlow()
                .beginControlFlow("for ($T child : node)", JSON_NODE)
                .addStatement("withoutNulls(child)")
                .endControlFlow()
                .addStatement("return node")
                .build());
        return type;
    }

    private static MethodSpec test(Case roundTrip, EmitContext context) {
        UnionSchema union = roundTrip.union();
        ClassName unionType = ClassName.get(context.modelPackage(), union.javaName());
        ClassName record = context.schemaClass(roundTrip.variant().schemaName());
        String selectedBy = union.discriminator()
                .map(property -> property + " " + SampleValues.discriminatorValue(roundTrip.variant()))
                .orElse("its properties");
        return MethodSpec.methodBuilder(lowerFirst(union.javaName()) + "_" + record.simpleName())
                .addAnnotation(ContractTestTypes.TEST)
                .addAnnotation(AnnotationSpec.builder(ContractTestTypes.DISPLAY_NAME)
                        .addMember("value", "$S", union.name() + ": " + roundTrip.variant().schemaName()
                                + " (by " + selectedBy + ") is read as its record and written back the same")
                        .build())
                .addModifiers(Modifier.PUBLIC)
                .addStatement("String json = $L", ValidationTestEmitter.javaString(roundTrip.json()))
                .addStatement("$T value = JSON.readValue(json, $T.class)", unionType, unionType)
                .addStatement("$T.assertInstanceOf($T.class, value)", ContractTestTypes.ASSERTIONS, record)
                .addStatement("String written = JSON.writeValueAsString(value)")
                .addStatement("assertSameJson(json, written)")
                .addStatement("$T.assertEquals(value, JSON.readValue(written, $T.class))",
                        ContractTestTypes.ASSERTIONS, unionType)
                .build();
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
