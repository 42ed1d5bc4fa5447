package dev.keel.core.emit.cache;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code KeelCacheAutoConfiguration}: the cache manager, its way to Redis, its counters and the Spring Data
 * Redis listener container that receives other instances' evictions. Each bean gives way to one the application
 * declares.
 */
final class CacheAutoConfigurationEmitter extends CacheTypeEmitter {

    CacheAutoConfigurationEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return AUTO_CONFIGURATION;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = cacheClass(context, PROPERTIES);
        ClassName metrics = cacheClass(context, METRICS);
        ClassName link = cacheClass(context, LINK);
        ClassName manager = cacheClass(context, MANAGER);
        TypeName redis = ParameterizedTypeName.get(CacheTypes.OBJECT_PROVIDER, CacheTypes.REDIS_CONNECTION_FACTORY);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Caches the generated services' reads in two levels (see {@link $T}); {@code keel.cache.*}
                        configures it, {@code keel.cache.enabled=false} turns it off.
                        """, manager)
                .addAnnotation(AnnotationSpec.builder(CacheTypes.AUTO_CONFIGURATION)
                        .addMember("beforeName", "{$S, $S}",
                                "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration",
                                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration")
                        .addMember("afterName", "$S", "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
                        .build())
                .addAnnotation(AnnotationSpec.builder(CacheTypes.ENABLE_CONFIGURATION_PROPERTIES)
                        .addMember("value", "$T.class", properties).build())
                .addMethod(bean("keelCacheMetrics", metrics)
                        .addParameter(CacheTypes.BEAN_FACTORY, "beans")
                        .addStatement("return new $T(beans)", metrics)
                        .build())
                .addMethod(bean("keelCacheLink", link)
                        .addParameter(properties, "properties")
                        .addParameter(redis, "redis")
                        .addParameter(metrics, "metrics")
                        .addStatement("return new $T(properties.redis(), redis, metrics)", link)
                        .build())
                .addMethod(bean("keelCacheManager", manager)
                        .addParameter(properties, "properties")
                        .addParameter(link, "link")
                        .addParameter(metrics, "metrics")
                        .addStatement("return new $T(properties, link, metrics)", manager)
                        .build())
                .addMethod(transactionManager(cacheClass(context, TRANSACTION_MANAGER)))
                .addMethod(MethodSpec.methodBuilder("keelCacheEvictions")
                        .addJavadoc("""
                                Hears the evictions every instance publishes and drops the entries from this instance's
                                memory; it subscribes again by itself after Redis comes back.
                                """)
                        .addAnnotation(CacheTypes.BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(CacheTypes.LISTENER_CONTAINER)
                        .addParameter(properties, "properties")
                        .addParameter(redis, "redis")
                        .addParameter(link, "link")
                        .addParameter(manager, "manager")
                        .addStatement("$T factory = redis.getIfAvailable()", CacheTypes.REDIS_CONNECTION_FACTORY)
                        .beginControlFlow("if (factory == null || !properties.enabled())")
                        .addStatement("return null")
                        .endControlFlow()
                        .addStatement("$T container = new $T()", CacheTypes.LISTENER_CONTAINER,
                                CacheTypes.LISTENER_CONTAINER)
                        .addStatement("container.setConnectionFactory(factory)")
                        .addComment("Started by the link once Redis answers: started now, it would fail without Redis.")
                        .addStatement("container.setAutoStartup(false)")
                        .addStatement("container.setRecoveryInterval(properties.redis().retryInterval().toMillis())")
                        .addStatement("container.addMessageListener((message, pattern) -> manager.evictedElsewhere("
                                + "new String(message.getBody(), $T.UTF_8)), new $T(link.channel()))",
                                StandardCharsets.class, CacheTypes.CHANNEL_TOPIC)
                        .addStatement("link.listenThrough(container)")
                        .addStatement("return container")
                        .build());
    }

    /**
     * In place of Spring Boot's JDBC transaction manager, and like it only when the application declares no
     * transaction manager and has one data source; Boot's customizers apply to it as to Boot's own.
     */
    private static MethodSpec transactionManager(ClassName manager) {
        return MethodSpec.methodBuilder("transactionManager")
                .addJavadoc("""
                        Spring's JDBC transaction manager, which evicts a write's cache entries after it has returned
                        the write's connection to the pool (see {@link $T}); declare a transaction manager to replace it.
                        """, manager)
                .addAnnotation(CacheTypes.BEAN)
                .addAnnotation(AnnotationSpec.builder(CacheTypes.CONDITIONAL_ON_MISSING_BEAN)
                        .addMember("value", "$T.class", CacheTypes.TRANSACTION_MANAGER).build())
                .addAnnotation(AnnotationSpec.builder(CacheTypes.CONDITIONAL_ON_SINGLE_CANDIDATE)
                        .addMember("value", "$T.class", CacheTypes.DATA_SOURCE).build())
                .addModifiers(Modifier.PUBLIC)
                .returns(manager)
                .addParameter(CacheTypes.DATA_SOURCE, "dataSource")
                .addParameter(ParameterizedTypeName.get(CacheTypes.OBJECT_PROVIDER,
                        CacheTypes.TRANSACTION_MANAGER_CUSTOMIZERS), "customizers")
                .addStatement("$T manager = new $T(dataSource)", manager, manager)
                .addStatement("customizers.ifAvailable(found -> found.customize(manager))")
                .addStatement("return manager")
                .build();
    }

    private static MethodSpec.Builder bean(String name, ClassName type) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(CacheTypes.BEAN)
                .addAnnotation(CacheTypes.CONDITIONAL_ON_MISSING_BEAN)
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
    }
}
