package dev.keel.core.emit.docs;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** The Spring types the API documentation classes use. */
final class DocsTypes implements LibraryTypes {

    static final ClassName REST_CONTROLLER = ClassName.get("org.springframework.web.bind.annotation", "RestController");
    static final ClassName GET_MAPPING = ClassName.get("org.springframework.web.bind.annotation", "GetMapping");
    static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");
    static final ClassName CACHE_CONTROL = ClassName.get("org.springframework.http", "CacheControl");
    static final ClassName CLASS_PATH_RESOURCE = ClassName.get("org.springframework.core.io", "ClassPathResource");
    static final ClassName HTTP_SECURITY =
            ClassName.get("org.springframework.security.config.annotation.web.builders", "HttpSecurity");
    static final ClassName SECURITY_FILTER_CHAIN = ClassName.get("org.springframework.security.web", "SecurityFilterChain");
    static final ClassName SESSION_CREATION_POLICY =
            ClassName.get("org.springframework.security.config.http", "SessionCreationPolicy");
    static final ClassName REFERRER_POLICY = ClassName.get("org.springframework.security.web.header.writers",
            "ReferrerPolicyHeaderWriter", "ReferrerPolicy");

    private DocsTypes() {
    }
}
