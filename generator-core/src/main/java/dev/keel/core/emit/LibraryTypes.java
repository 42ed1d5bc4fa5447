package dev.keel.core.emit;

import com.palantir.javapoet.ClassName;

/**
 * Library types that generated code of several layers refers to, declared once; each layer's own table
 * ({@code SpringTypes}, {@code SecurityTypes}, {@code RateLimitTypes}, {@code DataTypes}) inherits them.
 */
public interface LibraryTypes {

    ClassName FILTER_CHAIN = ClassName.get("jakarta.servlet", "FilterChain");
    ClassName READ_LISTENER = ClassName.get("jakarta.servlet", "ReadListener");
    ClassName SERVLET_EXCEPTION = ClassName.get("jakarta.servlet", "ServletException");
    ClassName SERVLET_INPUT_STREAM = ClassName.get("jakarta.servlet", "ServletInputStream");
    ClassName SERVLET_REQUEST = ClassName.get("jakarta.servlet.http", "HttpServletRequest");
    ClassName SERVLET_REQUEST_WRAPPER = ClassName.get("jakarta.servlet.http", "HttpServletRequestWrapper");
    ClassName SERVLET_RESPONSE = ClassName.get("jakarta.servlet.http", "HttpServletResponse");
    ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
    ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");
    ClassName OBJECT_PROVIDER = ClassName.get("org.springframework.beans.factory", "ObjectProvider");
    ClassName CONFIGURATION_PROPERTIES = ClassName.get("org.springframework.boot.context.properties", "ConfigurationProperties");
    ClassName ENABLE_CONFIGURATION_PROPERTIES = ClassName.get("org.springframework.boot.context.properties", "EnableConfigurationProperties");
    ClassName DEFAULT_VALUE = ClassName.get("org.springframework.boot.context.properties.bind", "DefaultValue");
    ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");
    ClassName CONFIGURATION = ClassName.get("org.springframework.context.annotation", "Configuration");
    ClassName ORDERED = ClassName.get("org.springframework.core", "Ordered");
    ClassName ORDER = ClassName.get("org.springframework.core.annotation", "Order");
    ClassName ENVIRONMENT = ClassName.get("org.springframework.core.env", "Environment");
    ClassName LETTUCE_CONNECTION_FACTORY = ClassName.get("org.springframework.data.redis.connection.lettuce", "LettuceConnectionFactory");
    ClassName COMPONENT = ClassName.get("org.springframework.stereotype", "Component");
    ClassName DATA_SIZE = ClassName.get("org.springframework.util.unit", "DataSize");
    ClassName JACKSON_EXCEPTION = ClassName.get("tools.jackson.core", "JacksonException");
    ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");
    ClassName JSON_MAPPER = ClassName.get("tools.jackson.databind.json", "JsonMapper");
    ClassName AUTO_CONFIGURATION = ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
    ClassName CLASS_UTILS = ClassName.get("org.springframework.util", "ClassUtils");
    ClassName CONDITIONAL_ON_PROPERTY = ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnProperty");
    ClassName CONDITIONAL_ON_MISSING_BEAN = ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean");
    ClassName MAP_PROPERTY_SOURCE = ClassName.get("org.springframework.core.env", "MapPropertySource");
    ClassName ONCE_PER_REQUEST_FILTER = ClassName.get("org.springframework.web.filter", "OncePerRequestFilter");
    ClassName REDIS_CONNECTION_FACTORY = ClassName.get("org.springframework.data.redis.connection", "RedisConnectionFactory");
    ClassName RESOURCE = ClassName.get("org.springframework.core.io", "Resource");
    ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");
}
