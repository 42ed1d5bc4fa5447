package dev.keel.core.emit.data;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.cache.CacheEmitters;
import dev.keel.core.emit.crypto.FieldEncryptionEmitter;
import dev.keel.core.emit.ops.OpsNames;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.ResourceBinding;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code KeelDataAutoConfiguration}: registers every generated repository, service, CRUD handler, the default
 * {@code OwnerResolver} and the constraint violation handler, each only when the application declares no bean of
 * that type (of the handler interface, for handlers). An auto-configuration, listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}, so it runs after the application's own beans and component
 * scanning leaves it alone.
 */
final class DataAutoConfigurationEmitter extends JavaEmitter<Bindings> {

    static final String IMPORTS_FILE =
            "resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private final Bindings bindings;

    DataAutoConfigurationEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    static ClassName configurationClass(EmitContext context) {
        return ClassName.get(DataNames.dataPackage(context), DataNames.AUTO_CONFIGURATION);
    }

    @Override
    protected List<Bindings> inputs(EmitContext context) {
        return bindings.resources().isEmpty() ? List.of() : List.of(bindings);
    }

    @Override
    protected String packageName(Bindings input, EmitContext context) {
        return DataNames.dataPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(Bindings input, EmitContext context) {
        ClassName owners = context.supportClass(DataNames.OWNER_RESOLVER);
        TypeSpec.Builder type = TypeSpec.classBuilder(configurationClass(context))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The generated data layer's beans. Each is created only when the application declares no bean
                        of its type: declare your own repository, service (e.g. a subclass) or handler to replace
                        Keel's.
                        """)
                .addAnnotation(AnnotationSpec.builder(DataTypes.AUTO_CONFIGURATION)
                        .addMember("afterName", "$S", DataTypes.JOOQ_AUTO_CONFIGURATION).build());
        if (JwtOwnerResolverEmitter.applies(input, context)) {
            ClassName fromToken = context.supportClass(JwtOwnerResolverEmitter.NAME);
            type.addMethod(bean("keelOwnerResolver", owners, Optional.empty())
                    .addJavadoc("The access token's subject owns rows, until the application declares an {@link $T}.\n",
                            owners)
                    .addStatement("return new $T()", fromToken)
                    .build());
        } else {
            type.addMethod(bean("keelOwnerResolver", owners, Optional.empty())
                    .addJavadoc("No owner: rows are not scoped until the application declares an {@link $T}.\n",
                            owners)
                    .addStatement("return $T::empty", Optional.class)
                    .build());
        }
        for (ResourceBinding resource : input.resources()) {
            ResourceCode code = new ResourceCode(context, resource);
            ClassName repository = code.repositoryClass();
            ClassName service = code.serviceClass();
            MethodSpec.Builder repositoryBean = bean("keel" + repository.simpleName(), repository, Optional.empty())
                    .addParameter(DataTypes.DSL_CONTEXT, "dsl");
            if (code.encrypts()) {
                repositoryBean.addParameter(FieldEncryptionEmitter.encryptionClass(context), "encryption")
                        .addStatement("return new $T(dsl, encryption)", repository);
            } else {
                repositoryBean.addStatement("return new $T(dsl)", repository);
            }
            type.addMethod(repositoryBean.build());
            MethodSpec.Builder serviceBean = bean("keel" + service.simpleName(), service, Optional.empty())
                    .addParameter(repository, "repository");
            ClassName auditLog = OpsNames.auditClass(context, OpsNames.AUDIT_LOG);
            if (code.owned()) {
                serviceBean.addParameter(owners, "owners");
            }
            serviceBean.addParameter(CacheEmitters.manager(context), "caches").addParameter(auditLog, "audit")
                    .addStatement("return new $T(repository, $L$T.caches(caches), audit)", service,
                            code.owned() ? "owners, " : "", service);
            type.addMethod(serviceBean.build());
        }
        if (FieldEncryptionEmitter.applies(input)) {
            ClassName encryption = FieldEncryptionEmitter.encryptionClass(context);
            type.addMethod(bean("keel" + encryption.simpleName(), encryption, Optional.empty())
                    .addJavadoc("The keys of {@code $L}: the application does not start without them.\n",
                            FieldEncryptionEmitter.KEYS_VARIABLE)
                    .addParameter(ClassName.get("org.springframework.core.env", "Environment"), "environment")
                    .addStatement("return $T.from(environment)", encryption)
                    .build());
        }
        for (CrudHandlerEmitter.TagCrud tag : CrudHandlerEmitter.tags(input, context)) {
            ClassName handler = tag.handlerClass(context);
            MethodSpec.Builder handlerBean = bean("keel" + handler.simpleName(), handler,
                    Optional.of(DataNames.tagHandler(tag.tag(), context)));
            List<String> services = tag.resources().stream()
                    .map(resource -> DataNames.variable(DataNames.service(resource, context))).toList();
            tag.resources().forEach(resource -> handlerBean.addParameter(DataNames.service(resource, context),
                    DataNames.variable(DataNames.service(resource, context))));
            type.addMethod(handlerBean.addStatement("return new $T($L)", handler, String.join(", ", services))
                    .build());
        }
        ClassName problems = context.supportClass(DataNames.PROBLEM_FACTORY);
        ClassName advice = ClassName.get(DataNames.dataPackage(context), DataNames.PROBLEM_HANDLER);
        type.addMethod(bean("keel" + DataNames.PROBLEM_HANDLER, advice, Optional.empty())
                .addParameter(problems, "problems")
                .addStatement("return new $T(problems)", advice)
                .build());
        return type;
    }

    /** A {@code @Bean} method skipped when a bean of {@code missing} (else of its own type) exists. */
    private static MethodSpec.Builder bean(String name, ClassName type, Optional<ClassName> missing) {
        AnnotationSpec.Builder condition = AnnotationSpec.builder(DataTypes.CONDITIONAL_ON_MISSING_BEAN);
        missing.ifPresent(other -> condition.addMember("value", "$T.class", other));
        return MethodSpec.methodBuilder(name)
                .addAnnotation(DataTypes.BEAN)
                .addAnnotation(condition.build())
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
    }
}
