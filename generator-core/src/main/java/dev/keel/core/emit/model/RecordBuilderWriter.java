package dev.keel.core.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Adds a nested builder to a record, with {@code builder()} and {@code toBuilder()}, for handler code that
 * assembles responses: {@code Project.builder().id(id).name(name).build()}.
 *
 * <p>Names are chosen so the builder never hides a model type the record refers to, and the two methods are
 * left out when a component's accessor already has their name.
 */
final class RecordBuilderWriter {

    private final ObjectSchema schema;
    private final ClassName recordClass;
    private final JavaTypes types;
    private final ClassName builderClass;

    RecordBuilderWriter(ObjectSchema schema, ClassName recordClass, JavaTypes types, EmitContext context) {
        this.schema = schema;
        this.recordClass = recordClass;
        this.types = types;
        this.builderClass = recordClass.nestedClass(builderName(schema, context));
    }

    void addTo(TypeSpec.Builder record) {
        boolean factory = !hasComponent("builder");
        if (factory) {
            record.addMethod(MethodSpec.methodBuilder("builder")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderClass)
                    .addStatement("return new $T()", builderClass)
                    .build());
        }
        if (!hasComponent("toBuilder")) {
            record.addMethod(MethodSpec.methodBuilder("toBuilder")
                    .addJavadoc("A builder holding this record's values, to build a changed copy.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderClass)
                    .addStatement("return new $T(this)", builderClass)
                    .build());
        }
        record.addType(builderType(factory));
    }

    private TypeSpec builderType(boolean factory) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copying = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(recordClass, "source");
        for (Property property : schema.properties()) {
            TypeName type = types.of(property.type());
            builder.addField(type, property.javaName(), Modifier.PRIVATE);
            copying.addStatement("this.$1N = source.$1N()", property.javaName());
            builder.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderClass)
                    .addParameter(type, property.javaName())
                    .addStatement("this.$1N = $1N", property.javaName())
                    .addStatement("return this")
                    .build());
        }
        builder.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(factory ? Modifier.PRIVATE : Modifier.PUBLIC)
                .build());
        builder.addMethod(copying.build());
        CodeBlock arguments = schema.properties().stream()
                .map(property -> CodeBlock.of("$N", property.javaName()))
                .collect(CodeBlock.joining(", "));
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(recordClass)
                .addStatement("return new $T($L)", recordClass, arguments)
                .build());
        return builder.build();
    }

    private boolean hasComponent(String name) {
        return schema.properties().stream().anyMatch(property -> property.javaName().equals(name));
    }

    /** {@code Builder}, unless that would clash with the record's own name or a model type it uses. */
    private static String builderName(ObjectSchema schema, EmitContext context) {
        Set<String> taken = new HashSet<>();
        taken.add(schema.javaName());
        for (Property property : schema.properties()) {
            collectModelNames(property.type(), context, taken);
        }
        String name = "Builder";
        while (taken.contains(name)) {
            name = schema.javaName() + name;
        }
        return name;
    }

    private static void collectModelNames(TypeRef type, EmitContext context, Set<String> names) {
        if (type instanceof TypeRef.Named named) {
            context.api().schema(named.schemaName()).map(SchemaDef::javaName).ifPresent(names::add);
        } else if (type instanceof TypeRef.ListOf list) {
            collectModelNames(list.items(), context, names);
        } else if (type instanceof TypeRef.MapOf map) {
            collectModelNames(map.values(), context, names);
        }
    }
}
