package dev.keel.core.emit.ratelimit;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** The library types the generated rate limiting refers to, in one place so a moved class is fixed once. */
final class RateLimitTypes implements LibraryTypes {

    // Bucket4j 8.19 (core and the Lettuce proxy manager)
    static final ClassName BUCKET = ClassName.get("io.github.bucket4j", "Bucket");
    static final ClassName BANDWIDTH = ClassName.get("io.github.bucket4j", "Bandwidth");
    static final ClassName BUCKET_CONFIGURATION = ClassName.get("io.github.bucket4j", "BucketConfiguration");
    static final ClassName CONSUMPTION_PROBE = ClassName.get("io.github.bucket4j", "ConsumptionProbe");
    static final ClassName PROXY_MANAGER = ClassName.get("io.github.bucket4j.distributed.proxy", "ProxyManager");
    static final ClassName EXPIRATION_AFTER_WRITE =
            ClassName.get("io.github.bucket4j.distributed", "ExpirationAfterWriteStrategy");
    static final ClassName BUCKET_PROXY = ClassName.get("io.github.bucket4j.distributed", "BucketProxy");
    static final ClassName OPTIMIZATION =
            ClassName.get("io.github.bucket4j.distributed.proxy.optimization", "Optimization");
    static final ClassName OPTIMIZATIONS =
            ClassName.get("io.github.bucket4j.distributed.proxy.optimization", "Optimizations");
    static final ClassName DELAY_PARAMETERS =
            ClassName.get("io.github.bucket4j.distributed.proxy.optimization", "DelayParameters");
    static final ClassName BUCKET4J_LETTUCE = ClassName.get("io.github.bucket4j.redis.lettuce", "Bucket4jLettuce");

    // Lettuce 7
    static final ClassName ABSTRACT_REDIS_CLIENT = ClassName.get("io.lettuce.core", "AbstractRedisClient");
    static final ClassName REDIS_CLIENT = ClassName.get("io.lettuce.core", "RedisClient");
    static final ClassName REDIS_CLUSTER_CLIENT = ClassName.get("io.lettuce.core.cluster", "RedisClusterClient");
    static final ClassName STATEFUL_CONNECTION = ClassName.get("io.lettuce.core.api", "StatefulConnection");
    static final ClassName STATEFUL_REDIS_CONNECTION = ClassName.get("io.lettuce.core.api", "StatefulRedisConnection");
    static final ClassName STATEFUL_CLUSTER_CONNECTION =
            ClassName.get("io.lettuce.core.cluster.api", "StatefulRedisClusterConnection");
    static final ClassName BYTE_ARRAY_CODEC = ClassName.get("io.lettuce.core.codec", "ByteArrayCodec");

    // Spring Framework 7, Spring Data Redis 4, Spring Boot 4.1
    static final ClassName BEAN_FACTORY = ClassName.get("org.springframework.beans.factory", "BeanFactory");
    static final ClassName DISPOSABLE_BEAN = ClassName.get("org.springframework.beans.factory", "DisposableBean");
    static final ClassName SMART_LIFECYCLE = ClassName.get("org.springframework.context", "SmartLifecycle");
    static final ClassName CORS_UTILS = ClassName.get("org.springframework.web.cors", "CorsUtils");
    static final ClassName PATH_PATTERN = ClassName.get("org.springframework.web.util.pattern", "PathPattern");
    static final ClassName PATH_PATTERN_PARSER = ClassName.get("org.springframework.web.util.pattern", "PathPatternParser");
    static final ClassName PATH_CONTAINER = ClassName.get("org.springframework.http.server", "PathContainer");
    static final ClassName FILTER_REGISTRATION_BEAN =
            ClassName.get("org.springframework.boot.web.servlet", "FilterRegistrationBean");

    // Spring Security 7.1, referenced only when the contract declares security
    static final ClassName SECURITY_CONTEXT_HOLDER =
            ClassName.get("org.springframework.security.core.context", "SecurityContextHolder");
    static final ClassName AUTHENTICATION = ClassName.get("org.springframework.security.core", "Authentication");
    static final ClassName JWT_AUTHENTICATION_TOKEN = ClassName.get(
            "org.springframework.security.oauth2.server.resource.authentication", "JwtAuthenticationToken");

    // Servlet, Jackson 3, logging

    private RateLimitTypes() {
    }
}
