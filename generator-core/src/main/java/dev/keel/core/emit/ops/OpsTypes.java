package dev.keel.core.emit.ops;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** Library types the request id filter and the logging defaults refer to. */
interface OpsTypes extends LibraryTypes {

    ClassName MDC = ClassName.get("org.slf4j", "MDC");
    ClassName SPRING_APPLICATION = ClassName.get("org.springframework.boot", "SpringApplication");
    ClassName ENVIRONMENT_POST_PROCESSOR = ClassName.get("org.springframework.boot", "EnvironmentPostProcessor");
    ClassName CONFIGURABLE_ENVIRONMENT = ClassName.get("org.springframework.core.env", "ConfigurableEnvironment");
}
