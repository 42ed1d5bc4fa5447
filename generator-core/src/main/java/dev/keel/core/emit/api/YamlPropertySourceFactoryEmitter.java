package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.COMPOSITE_PROPERTY_SOURCE;
import static dev.keel.core.emit.api.SpringTypes.ENCODED_RESOURCE;
import static dev.keel.core.emit.api.SpringTypes.MAP_PROPERTY_SOURCE;
import static dev.keel.core.emit.api.SpringTypes.PROPERTY_SOURCE;
import static dev.keel.core.emit.api.SpringTypes.PROPERTY_SOURCE_FACTORY;
import static dev.keel.core.emit.api.SpringTypes.YAML_LOADER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code YamlPropertySourceFactory}: lets {@code @PropertySource} read YAML, which Spring reads only as properties. */
final class YamlPropertySourceFactoryEmitter extends SupportTypeEmitter {

    @Override
    String simpleName() {
        return YAML_FACTORY;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        TypeName anySource = ParameterizedTypeName.get(PROPERTY_SOURCE, WildcardTypeName.subtypeOf(Object.class));
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(PROPERTY_SOURCE_FACTORY)
                .addJavadoc("Reads a YAML file for {@code @PropertySource}, with Spring Boot's own YAML loader.\n")
                .addMethod(MethodSpec.methodBuilder("createPropertySource")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(anySource)
                        .addParameter(String.class, "name")
                        .addParameter(ENCODED_RESOURCE, "resource")
                        .addException(IOException.class)
                        .addCode("""
                                String sourceName = name != null ? name : resource.getResource().getDescription();
                                $T sources = new $T().load(sourceName, resource.getResource());
                                if (sources.isEmpty()) {
                                    return new $T(sourceName, $T.of());
                                }
                                if (sources.size() == 1) {
                                    return sources.get(0);
                                }
                                $T documents = new $T(sourceName);
                                sources.forEach(documents::addPropertySource);
                                return documents;
                                """, ParameterizedTypeName.get(ClassName.get(List.class), anySource), YAML_LOADER,
                                MAP_PROPERTY_SOURCE, Map.class, COMPOSITE_PROPERTY_SOURCE, COMPOSITE_PROPERTY_SOURCE)
                        .build());
    }
}
