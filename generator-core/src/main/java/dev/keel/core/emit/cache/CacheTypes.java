package dev.keel.core.emit.cache;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** The library types the generated {@code cache} package refers to, in one place so a moved class is fixed once. */
final class CacheTypes implements LibraryTypes {

    // Spring Framework 7 and Spring Data Redis 4
    static final ClassName CACHE = ClassName.get("org.springframework.cache", "Cache");
    static final ClassName CACHE_MANAGER = ClassName.get("org.springframework.cache", "CacheManager");
    static final ClassName ABSTRACT_VALUE_ADAPTING_CACHE =
            ClassName.get("org.springframework.cache.support", "AbstractValueAdaptingCache");
    static final ClassName NO_OP_CACHE = ClassName.get("org.springframework.cache.support", "NoOpCache");
    static final ClassName VALUE_WRAPPER = CACHE.nestedClass("ValueWrapper");
    static final ClassName TRANSACTION_SYNCHRONIZATION =
            ClassName.get("org.springframework.transaction.support", "TransactionSynchronization");
    static final ClassName TRANSACTION_SYNCHRONIZATION_MANAGER =
            ClassName.get("org.springframework.transaction.support", "TransactionSynchronizationManager");
    static final ClassName SMART_INITIALIZING_SINGLETON =
            ClassName.get("org.springframework.beans.factory", "SmartInitializingSingleton");
    static final ClassName DISPOSABLE_BEAN = ClassName.get("org.springframework.beans.factory", "DisposableBean");
    static final ClassName BEAN_FACTORY = ClassName.get("org.springframework.beans.factory", "BeanFactory");
    static final ClassName LISTENER_CONTAINER =
            ClassName.get("org.springframework.data.redis.listener", "RedisMessageListenerContainer");
    static final ClassName CHANNEL_TOPIC = ClassName.get("org.springframework.data.redis.listener", "ChannelTopic");
    static final ClassName TRANSACTION_MANAGER = ClassName.get("org.springframework.transaction", "TransactionManager");
    static final ClassName TRANSACTION_DEFINITION =
            ClassName.get("org.springframework.transaction", "TransactionDefinition");
    static final ClassName JDBC_TRANSACTION_MANAGER =
            ClassName.get("org.springframework.jdbc.support", "JdbcTransactionManager");
    static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");

    // Spring Boot 4
    static final ClassName TRANSACTION_MANAGER_CUSTOMIZERS =
            ClassName.get("org.springframework.boot.transaction.autoconfigure", "TransactionManagerCustomizers");
    static final ClassName CONDITIONAL_ON_SINGLE_CANDIDATE =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnSingleCandidate");

    static final ClassName FIXED_BACK_OFF = ClassName.get("org.springframework.util.backoff", "FixedBackOff");

    // Lettuce 6
    static final ClassName REDIS_CLIENT = ClassName.get("io.lettuce.core", "RedisClient");
    static final ClassName SCRIPT_OUTPUT_TYPE = ClassName.get("io.lettuce.core", "ScriptOutputType");
    static final ClassName STATEFUL_CONNECTION = ClassName.get("io.lettuce.core.api", "StatefulRedisConnection");
    static final ClassName REDIS_CODEC = ClassName.get("io.lettuce.core.codec", "RedisCodec");
    static final ClassName STRING_CODEC = ClassName.get("io.lettuce.core.codec", "StringCodec");
    static final ClassName BYTE_ARRAY_CODEC = ClassName.get("io.lettuce.core.codec", "ByteArrayCodec");
    static final ClassName DISCONNECTED_EVENT = ClassName.get("io.lettuce.core.event.connection", "DisconnectedEvent");

    // Caffeine 3 and Jackson 3
    static final ClassName CAFFEINE = ClassName.get("com.github.benmanes.caffeine.cache", "Caffeine");
    static final ClassName CAFFEINE_CACHE = ClassName.get("com.github.benmanes.caffeine.cache", "Cache");
    static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");
    static final ClassName MAPPER_FEATURE = ClassName.get("tools.jackson.databind", "MapperFeature");
    static final ClassName DESERIALIZATION_FEATURE = ClassName.get("tools.jackson.databind", "DeserializationFeature");

    private CacheTypes() {
    }
}
