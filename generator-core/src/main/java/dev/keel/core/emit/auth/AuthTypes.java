package dev.keel.core.emit.auth;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** The library types the generated account code uses. */
final class AuthTypes implements LibraryTypes {

    static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
    static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    static final ClassName FIELD = ClassName.get("org.jooq", "Field");
    static final TypeName TABLE = ParameterizedTypeName.get(ClassName.get("org.jooq", "Table"), RECORD);
    static final ClassName PASSWORD_ENCODER =
            ClassName.get("org.springframework.security.crypto.password", "PasswordEncoder");
    static final ClassName SECURITY_CONTEXT_HOLDER =
            ClassName.get("org.springframework.security.core.context", "SecurityContextHolder");
    static final ClassName AUTHENTICATION = ClassName.get("org.springframework.security.core", "Authentication");
    static final ClassName JWT_AUTHENTICATION_TOKEN = ClassName.get(
            "org.springframework.security.oauth2.server.resource.authentication", "JwtAuthenticationToken");
    static final ClassName ENABLE_CONFIGURATION_PROPERTIES =
            ClassName.get("org.springframework.boot.context.properties", "EnableConfigurationProperties");
    static final ClassName CONFIGURATION_PROPERTIES =
            ClassName.get("org.springframework.boot.context.properties", "ConfigurationProperties");
    static final String JOOQ_AUTO_CONFIGURATION = "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration";

    private AuthTypes() {
    }

    static TypeName field(TypeName valueType) {
        return ParameterizedTypeName.get(FIELD, valueType);
    }
}
