package dev.keel.core.emit.security;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** The library types the generated security layer refers to, in one place so a moved class is fixed once. */
final class SecurityTypes implements LibraryTypes {

    // Spring Security 7.1: configuration and web
    static final ClassName HTTP_SECURITY =
            ClassName.get("org.springframework.security.config.annotation.web.builders", "HttpSecurity");
    static final ClassName AUTHORIZE_HTTP_REQUESTS = ClassName.get(
            "org.springframework.security.config.annotation.web.configurers", "AuthorizeHttpRequestsConfigurer");
    static final ClassName CUSTOMIZER = ClassName.get("org.springframework.security.config", "Customizer");
    static final ClassName SESSION_CREATION_POLICY =
            ClassName.get("org.springframework.security.config.http", "SessionCreationPolicy");
    static final ClassName SECURITY_FILTER_CHAIN = ClassName.get("org.springframework.security.web", "SecurityFilterChain");
    static final ClassName AUTHENTICATION_ENTRY_POINT =
            ClassName.get("org.springframework.security.web", "AuthenticationEntryPoint");
    static final ClassName ACCESS_DENIED_HANDLER =
            ClassName.get("org.springframework.security.web.access", "AccessDeniedHandler");
    static final ClassName REFERRER_POLICY = ClassName.get("org.springframework.security.web.header.writers",
            "ReferrerPolicyHeaderWriter", "ReferrerPolicy");

    // Spring Security 7.1: authorization
    static final ClassName AUTHORIZATION_MANAGERS =
            ClassName.get("org.springframework.security.authorization", "AuthorizationManagers");
    static final ClassName AUTHORITY_AUTHORIZATION_MANAGER =
            ClassName.get("org.springframework.security.authorization", "AuthorityAuthorizationManager");
    static final ClassName ALL_AUTHORITIES_AUTHORIZATION_MANAGER =
            ClassName.get("org.springframework.security.authorization", "AllAuthoritiesAuthorizationManager");
    static final ClassName GRANTED_AUTHORITY = ClassName.get("org.springframework.security.core", "GrantedAuthority");
    static final ClassName SIMPLE_GRANTED_AUTHORITY =
            ClassName.get("org.springframework.security.core.authority", "SimpleGrantedAuthority");

    // Spring Security 7.1: OAuth 2 resource server, JOSE (Nimbus underneath)
    static final ClassName OAUTH2_AUTHENTICATION_EXCEPTION =
            ClassName.get("org.springframework.security.oauth2.core", "OAuth2AuthenticationException");
    static final ClassName OAUTH2_TOKEN_VALIDATOR =
            ClassName.get("org.springframework.security.oauth2.core", "OAuth2TokenValidator");
    static final ClassName DELEGATING_TOKEN_VALIDATOR =
            ClassName.get("org.springframework.security.oauth2.core", "DelegatingOAuth2TokenValidator");
    static final ClassName JWT = jwt("Jwt");
    static final ClassName JWT_DECODER = jwt("JwtDecoder");
    static final ClassName JWT_ENCODER = jwt("JwtEncoder");
    static final ClassName NIMBUS_JWT_DECODER = jwt("NimbusJwtDecoder");
    static final ClassName NIMBUS_JWT_ENCODER = jwt("NimbusJwtEncoder");
    static final ClassName JWT_CLAIMS_SET = jwt("JwtClaimsSet");
    static final ClassName JWT_CLAIM_NAMES = jwt("JwtClaimNames");
    static final ClassName MAPPED_JWT_CLAIM_SET_CONVERTER = jwt("MappedJwtClaimSetConverter");
    static final ClassName CONVERTER = ClassName.get("org.springframework.core.convert.converter", "Converter");
    static final ClassName JWS_HEADER = jwt("JwsHeader");
    static final ClassName JWT_ENCODER_PARAMETERS = jwt("JwtEncoderParameters");
    static final ClassName JWT_TIMESTAMP_VALIDATOR = jwt("JwtTimestampValidator");
    static final ClassName JWT_ISSUER_VALIDATOR = jwt("JwtIssuerValidator");
    static final ClassName JWT_AUDIENCE_VALIDATOR = jwt("JwtAudienceValidator");
    static final ClassName JWT_CLAIM_VALIDATOR = jwt("JwtClaimValidator");
    static final ClassName JWS_ALGORITHM = ClassName.get("org.springframework.security.oauth2.jose.jws", "JwsAlgorithm");
    static final ClassName MAC_ALGORITHM = ClassName.get("org.springframework.security.oauth2.jose.jws", "MacAlgorithm");
    static final ClassName SIGNATURE_ALGORITHM =
            ClassName.get("org.springframework.security.oauth2.jose.jws", "SignatureAlgorithm");
    static final ClassName JWT_AUTHENTICATION_CONVERTER = ClassName.get(
            "org.springframework.security.oauth2.server.resource.authentication", "JwtAuthenticationConverter");
    static final ClassName JWT_GRANTED_AUTHORITIES_CONVERTER = ClassName.get(
            "org.springframework.security.oauth2.server.resource.authentication", "JwtGrantedAuthoritiesConverter");
    static final ClassName BEARER_TOKEN_RESOLVER =
            ClassName.get("org.springframework.security.oauth2.server.resource.web", "BearerTokenResolver");
    static final ClassName BEARER_TOKEN_ERRORS =
            ClassName.get("org.springframework.security.oauth2.server.resource", "BearerTokenErrors");
    static final ClassName RSA_KEY_CONVERTERS = ClassName.get("org.springframework.security.converter", "RsaKeyConverters");

    // Spring Security 7.1: passwords
    static final ClassName SECURITY_OBSERVATION_SETTINGS =
            ClassName.get("org.springframework.security.config.observation", "SecurityObservationSettings");
    static final ClassName PASSWORD_ENCODER =
            ClassName.get("org.springframework.security.crypto.password", "PasswordEncoder");
    static final ClassName ARGON2_PASSWORD_ENCODER =
            ClassName.get("org.springframework.security.crypto.argon2", "Argon2PasswordEncoder");

    // Spring Framework 7, Spring Boot 4.1, Servlet, logging
    static final ClassName HTTP_METHOD = ClassName.get("org.springframework.http", "HttpMethod");
    static final ClassName HTTP_HEADERS = ClassName.get("org.springframework.http", "HttpHeaders");
    static final ClassName CORS_CONFIGURATION = ClassName.get("org.springframework.web.cors", "CorsConfiguration");
    static final ClassName CORS_CONFIGURATION_SOURCE =
            ClassName.get("org.springframework.web.cors", "CorsConfigurationSource");
    static final ClassName URL_CORS_CONFIGURATION_SOURCE =
            ClassName.get("org.springframework.web.cors", "UrlBasedCorsConfigurationSource");
    static final ClassName ENABLE_AUTO_CONFIGURATION =
            ClassName.get("org.springframework.boot.autoconfigure", "EnableAutoConfiguration");
    static final ClassName DISPATCHER_TYPE = ClassName.get("jakarta.servlet", "DispatcherType");

    private SecurityTypes() {
    }

    private static ClassName jwt(String simpleName) {
        return ClassName.get("org.springframework.security.oauth2.jwt", simpleName);
    }
}
