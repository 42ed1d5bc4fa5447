package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.ENABLE_AUTO_CONFIGURATION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PublicAccessConfiguration} for a contract without security: Spring Boot's security
 * auto-configuration, which would lock every endpoint behind a generated password once Spring Security is on the
 * class path, is excluded by class name, so the class compiles and runs with or without Spring Security.
 */
final class PublicAccessConfigurationEmitter extends SecurityTypeEmitter {

    /** Spring Boot 4.1's servlet security auto-configurations; names absent from the class path are ignored. */
    static final List<String> SECURITY_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web."
                    + "OAuth2ResourceServerWebSecurityAutoConfiguration");

    @Override
    String simpleName() {
        return "PublicAccessConfiguration";
    }

    @Override
    boolean appliesTo(ApiModel api) {
        return !api.isSecured();
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        AnnotationSpec.Builder exclusions = AnnotationSpec.builder(ENABLE_AUTO_CONFIGURATION);
        SECURITY_AUTO_CONFIGURATIONS.forEach(name -> exclusions.addMember("excludeName", "$S", name));
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(configuration())
                .addAnnotation(exclusions.build())
                .addJavadoc("""
                        The contract declares no security, so every operation is public. Should Spring Security be on the
                        class path, its auto-configuration would ask for a generated password on every request; Spring
                        Boot drops an auto-configuration excluded by any {@code @EnableAutoConfiguration}, so naming them
                        here keeps the API open without a compile-time dependency on Spring Security.
                        """);
    }
}
