package dev.keel.core.emit.data;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.cache.CacheEmitters;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.db.Column;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One {@code <Resource>Service} per resource: the CRUD operations, each in one transaction, with the owner taken
 * from the {@code OwnerResolver}, a 404 for a missing row and a 409 for a stale version. Its methods are public and
 * its helpers protected, so a subclass declared as a bean replaces it and overrides what it needs.
 */
final class ServiceEmitter extends JavaEmitter<ResourceBinding> {

    private final Bindings bindings;

    ServiceEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    protected List<ResourceBinding> inputs(EmitContext context) {
        return bindings.resources();
    }

    @Override
    protected String packageName(ResourceBinding resource, EmitContext context) {
        return DataNames.dataPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(ResourceBinding resource, EmitContext context) {
        ResourceCode code = new ResourceCode(context, resource);
        ClassName owners = context.supportClass(DataNames.OWNER_RESOLVER);
        TypeSpec.Builder type = TypeSpec.classBuilder(code.serviceClass())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The operations on $L rows, each in one transaction. Declare a bean of this type, e.g. a subclass
                        overriding one method, to replace it.
                        """, DataNames.words(resource))
                .addField(FieldSpec.builder(code.repositoryClass(), "repository", Modifier.PROTECTED, Modifier.FINAL)
                        .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(code.repositoryClass(), "repository")
                .addStatement("this.repository = repository");
        MethodSpec.Builder uncached = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A service that caches nothing.\n")
                .addParameter(code.repositoryClass(), "repository");
        if (code.owned()) {
            type.addField(FieldSpec.builder(owners, "owners", Modifier.PROTECTED, Modifier.FINAL).build());
            constructor.addParameter(owners, "owners").addStatement("this.owners = owners");
            uncached.addParameter(owners, "owners");
        }
        type.addField(FieldSpec.builder(CacheEmitters.resourceCache(context), CachedReads.FIELD, Modifier.PROTECTED,
                Modifier.FINAL).build());
        constructor.addParameter(CachedReads.cacheParameter(code))
                .addStatement("this.$L = $L", CachedReads.FIELD, CachedReads.FIELD);
        // The full constructor takes the AuditLog; the one without it logs the trail (see ServiceAudit).
        ServiceAudit.addTo(type, constructor, context);
        uncached.addStatement("this($L$T.none())", code.owned() ? "repository, owners, " : "repository, ",
                CacheEmitters.resourceCache(context));
        type.addMethod(uncached.build());
        type.addMethod(CachedReads.cachesFactory(code, DataNames.variable(code.resourceClass())));
        for (CrudOperation operation : resource.operations()) {
            MethodSpec method = method(code, operation);
            if (CachedReads.cached(operation)) {
                MethodSpec loader = CachedReads.databaseRead(method, operation);
                type.addMethod(CachedReads.cachedRead(code, operation, method, loader)).addMethod(loader);
            } else {
                type.addMethod(method);
            }
        }
        addHelpers(type, code);
        return type;
    }

    private static MethodSpec method(ResourceCode code, CrudOperation operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(serviceMethod(operation.kind()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Serves {@code $L}.\n", operation.operation().operationId());
        boolean reads = operation.kind() == CrudKind.LIST || operation.kind() == CrudKind.GET;
        AnnotationSpec.Builder transactional = AnnotationSpec.builder(DataTypes.TRANSACTIONAL);
        if (reads) {
            transactional.addMember("readOnly", "true");
        }
        method.addAnnotation(transactional.build());
        if (operation.kind() == CrudKind.LIST) {
            return ListCode.addTo(method, code, operation).build();
        }
        method.returns(code.resourceClass());
        operation.key().ifPresent(key -> method.addParameter(code.types.of(key.type()), key.javaName()));
        operation.body().ifPresent(body -> method.addParameter(bodyType(code, operation), "body"));
        String key = operation.key().map(Parameter::javaName).orElse("");
        CodeBlock owner = code.owned() ? CodeBlock.of("owners.visibleOwner()") : CodeBlock.of("");
        switch (operation.kind()) {
            case GET -> method.addStatement("return repository.findById($L).orElseThrow(() -> notFound($L))",
                    join(owner, key), key);
            case CREATE -> ServiceAudit.recorded(method, code, operation.kind(), key,
                    CodeBlock.of("repository.insert($L)", join(createOwner(code), "body")),
                    CachedReads.evictAfter(code, operation, key));
            case DELETE -> ServiceAudit.recorded(method, code, operation.kind(), key,
                    CodeBlock.of("repository.deleteById($L).orElseThrow(() -> notFound($L))", join(owner, key), key),
                    CachedReads.evictAfter(code, operation, key));
            default -> {
                String write = operation.kind() == CrudKind.PATCH ? "patch" : "replace";
                if (code.owned()) {
                    method.addStatement("$T owner = owners.visibleOwner()", ResourceCode.OWNER);
                }
                CodeBlock ownerAndKey = join(code.owned() ? CodeBlock.of("owner") : CodeBlock.of(""), key);
                CodeBlock failure = code.resource.version().isPresent()
                        ? CodeBlock.of("missingOrStale($L)", ownerAndKey)
                        : CodeBlock.of("notFound($L)", key);
                ServiceAudit.recorded(method, code, operation.kind(), key,
                        CodeBlock.of("repository.$L($L, body).orElseThrow(() -> $L)", write, ownerAndKey, failure),
                        CachedReads.evictAfter(code, operation, key));
            }
        }
        return method.build();
    }

    static String serviceMethod(CrudKind kind) {
        return kind.extensionValue();
    }

    static TypeName bodyType(ResourceCode code, CrudOperation operation) {
        ClassName body = code.context.schemaClass(operation.body().orElseThrow().schema().name());
        return operation.kind() == CrudKind.PATCH
                ? ParameterizedTypeName.get(code.context.supportClass(DataNames.PATCH_REQUEST), body) : body;
    }

    /** The owner create sets: required when the column is NOT NULL without a default, else whatever there is. */
    private static CodeBlock createOwner(ResourceCode code) {
        if (!code.owned()) {
            return CodeBlock.of("");
        }
        Column owner = code.resource.owner().orElseThrow();
        return ownerRequired(owner) ? CodeBlock.of("$T.of(requiredOwner())", java.util.Optional.class)
                : CodeBlock.of("owners.currentOwner()");
    }

    private static boolean ownerRequired(Column owner) {
        return !owner.nullable() && !owner.hasDefault();
    }

    private static CodeBlock join(CodeBlock first, String second) {
        if (first.isEmpty()) {
            return CodeBlock.of("$L", second);
        }
        return second.isEmpty() ? first : CodeBlock.of("$L, $L", first, second);
    }

    private static void addHelpers(TypeSpec.Builder type, ResourceCode code) {
        ClassName problem = code.context.supportClass(DataNames.API_PROBLEM);
        String words = DataNames.words(code.resource);
        if (code.hasItemOperation()) {
            type.addMethod(MethodSpec.methodBuilder("notFound")
                    .addModifiers(Modifier.PROTECTED)
                    .returns(problem)
                    .addParameter(code.keyType(), "key")
                    .addStatement("return $T.notFound($S + key + $S)", problem, "No " + words + " with id ", ".")
                    .build());
        }
        boolean createsOwned = code.operation(CrudKind.CREATE).isPresent() && code.owned()
                && ownerRequired(code.resource.owner().orElseThrow());
        if (createsOwned) {
            type.addMethod(MethodSpec.methodBuilder("requiredOwner")
                    .addJavadoc("The owner a new row needs: a 400 rather than a NOT NULL violation when there is "
                            + "none.\n")
                    .addModifiers(Modifier.PROTECTED)
                    .returns(java.util.UUID.class)
                    .addStatement("return owners.currentOwner().orElseThrow(() -> new $T(400, $S, $S, $S, $T.of()))",
                            problem, "OWNER_REQUIRED", "Bad Request", "A " + words + " belongs to an owner, and "
                                    + "this request has none.", List.class)
                    .build());
        }
        code.resource.version().ifPresent(version -> type.addMethod(missingOrStale(code, problem, words, version)));
        if (CursorCode.applies(code)) {
            type.addMethods(CursorCode.serviceHelpers(code));
        }
    }

    private static MethodSpec missingOrStale(ResourceCode code, ClassName problem, String words, Column version) {
        String field = code.resource.resource().column(version.name()).map(b -> b.property().name()).orElse(null);
        List<CodeBlock> arguments = new ArrayList<>(code.ownerArgument("owner"));
        arguments.add(CodeBlock.of("key"));
        return MethodSpec.methodBuilder("missingOrStale")
                .addJavadoc("An update that changed no row: the row is gone (404) or was changed since the client "
                        + "read it (409).\n")
                .addModifiers(Modifier.PROTECTED)
                .returns(problem)
                .addParameters(code.ownerParameter())
                .addParameter(code.keyType(), "key")
                .beginControlFlow("if (repository.existsById($L))", ResourceCode.arguments(arguments))
                .addStatement("return $T.conflict($L, $S)", problem,
                        field == null ? CodeBlock.of("null") : CodeBlock.of("$S", field),
                        "The " + words + " was changed since it was read; read it again and retry.")
                .endControlFlow()
                .addStatement("return notFound(key)")
                .build();
    }
}
