package dev.keel.core.emit.docs;

import static dev.keel.core.emit.docs.DocsTypes.CACHE_CONTROL;
import static dev.keel.core.emit.docs.DocsTypes.CLASS_PATH_RESOURCE;
import static dev.keel.core.emit.docs.DocsTypes.GET_MAPPING;
import static dev.keel.core.emit.docs.DocsTypes.MEDIA_TYPE;
import static dev.keel.core.emit.docs.DocsTypes.RESOURCE;
import static dev.keel.core.emit.docs.DocsTypes.RESPONSE_ENTITY;
import static dev.keel.core.emit.docs.DocsTypes.REST_CONTROLLER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code ApiContractController}: {@code GET /openapi.yaml} answers the contract the app was generated from. */
final class ApiContractControllerEmitter extends JavaEmitter<EmitContext> {

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return DocsEmitters.docsPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return TypeSpec.classBuilder("ApiContractController")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(REST_CONTROLLER)
                .addJavadoc("""
                        Serves the OpenAPI contract this application was generated from, as its author wrote it, at
                        {@code $L}; Swagger UI at {@code $L} reads it from there.
                        """, DocsPaths.CONTRACT, DocsPaths.SWAGGER_UI)
                .addField(FieldSpec.builder(String.class, "PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", DocsPaths.CONTRACT).build())
                .addField(FieldSpec.builder(MEDIA_TYPE, "YAML", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.parseMediaType($S)", MEDIA_TYPE, "application/yaml").build())
                .addField(FieldSpec.builder(RESOURCE, "contract", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T($S)", CLASS_PATH_RESOURCE, DocsPaths.CONTRACT_RESOURCE).build())
                .addMethod(MethodSpec.methodBuilder("contract")
                        .addAnnotation(AnnotationSpec.builder(GET_MAPPING).addMember("value", "PATH").build())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(RESPONSE_ENTITY, RESOURCE))
                        .addComment("no-cache: clients revalidate, so a redeployed contract is seen at once.")
                        .addStatement("return $T.ok().contentType(YAML).cacheControl($T.noCache()).body(contract)",
                                RESPONSE_ENTITY, CACHE_CONTROL)
                        .build());
    }
}
