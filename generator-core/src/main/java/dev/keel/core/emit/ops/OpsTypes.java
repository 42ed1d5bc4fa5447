package dev.keel.core.emit.ops;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** Library types the operations layer (request ids, logging, audit, timeouts) refers to. */
interface OpsTypes extends LibraryTypes {

    ClassName MDC = ClassName.get("org.slf4j", "MDC");
    ClassName ONCE_PER_REQUEST_FILTER = ClassName.get("org.springframework.web.filter", "OncePerRequestFilter");
    ClassName SPRING_APPLICATION = ClassName.get("org.springframework.boot", "SpringApplication");
    ClassName ENVIRONMENT_POST_PROCESSOR = ClassName.get("org.springframework.boot", "EnvironmentPostProcessor");
    ClassName CONFIGURABLE_ENVIRONMENT = ClassName.get("org.springframework.core.env", "ConfigurableEnvironment");
    ClassName MAP_PROPERTY_SOURCE = ClassName.get("org.springframework.core.env", "MapPropertySource");
    ClassName AUTO_CONFIGURATION = ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
    ClassName CONDITIONAL_ON_MISSING_BEAN =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean");
    ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
    ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    ClassName JOOQ_CUSTOMIZER =
            ClassName.get("org.springframework.boot.jooq.autoconfigure", "DefaultConfigurationCustomizer");
    ClassName SECURITY_CONTEXT_HOLDER =
            ClassName.get("org.springframework.security.core.context", "SecurityContextHolder");
    ClassName AUTHENTICATION = ClassName.get("org.springframework.security.core", "Authentication");
    ClassName ANONYMOUS_AUTHENTICATION =
            ClassName.get("org.springframework.security.authentication", "AnonymousAuthenticationToken");

    String JOOQ_AUTO_CONFIGURATION = "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration";
}
