package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.ACCESS_DENIED_HANDLER;
import static dev.keel.core.emit.security.SecurityTypes.ARGON2_PASSWORD_ENCODER;
import static dev.keel.core.emit.security.SecurityTypes.AUTHENTICATION_ENTRY_POINT;
import static dev.keel.core.emit.security.SecurityTypes.AUTHORIZE_HTTP_REQUESTS;
import static dev.keel.core.emit.security.SecurityTypes.BEAN;
import static dev.keel.core.emit.security.SecurityTypes.CONDITIONAL_ON_PROPERTY;
import static dev.keel.core.emit.security.SecurityTypes.CORS_CONFIGURATION;
import static dev.keel.core.emit.security.SecurityTypes.CORS_CONFIGURATION_SOURCE;
import static dev.keel.core.emit.security.SecurityTypes.CUSTOMIZER;
import static dev.keel.core.emit.security.SecurityTypes.ENABLE_CONFIGURATION_PROPERTIES;
import static dev.keel.core.emit.security.SecurityTypes.GRANTED_AUTHORITY;
import static dev.keel.core.emit.security.SecurityTypes.HTTP_HEADERS;
import static dev.keel.core.emit.security.SecurityTypes.HTTP_SECURITY;
import static dev.keel.core.emit.security.SecurityTypes.JWT_AUTHENTICATION_CONVERTER;
import static dev.keel.core.emit.security.SecurityTypes.JWT_DECODER;
import static dev.keel.core.emit.security.SecurityTypes.JWT_GRANTED_AUTHORITIES_CONVERTER;
import static dev.keel.core.emit.security.SecurityTypes.OAUTH2_AUTHENTICATION_EXCEPTION;
import static dev.keel.core.emit.security.SecurityTypes.OBJECT_PROVIDER;
import static dev.keel.core.emit.security.SecurityTypes.PASSWORD_ENCODER;
import static dev.keel.core.emit.security.SecurityTypes.REFERRER_POLICY;
import static dev.keel.core.emit.security.SecurityTypes.SECURITY_FILTER_CHAIN;
import static dev.keel.core.emit.security.SecurityTypes.SECURITY_OBSERVATION_SETTINGS;
import static dev.keel.core.emit.security.SecurityTypes.SESSION_CREATION_POLICY;
import static dev.keel.core.emit.security.SecurityTypes.SIMPLE_GRANTED_AUTHORITY;
import static dev.keel.core.emit.security.SecurityTypes.URL_CORS_CONFIGURATION_SOURCE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.ratelimit.RateLimitEmitters;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SecurityConfiguration}: Spring Security's filter chain for the contract (stateless, a rule per
 * operation, JWT resource server), 401 and 403 problems, security headers, CORS from configuration, the JWT
 * authorities and the Argon2id password encoder.
 */
final class SecurityConfigurationEmitter extends SecurityTypeEmitter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String ROLE_AUTHORITY_PREFIX = "ROLE_";

    @Override
    String simpleName() {
        return SECURITY_CONFIGURATION;
    }

    @Override
    boolean appliesTo(ApiModel api) {
        return api.isSecured();
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = securityClass(context, SECURITY_PROPERTIES);
        ClassName problems = context.supportClass(PROBLEM_FACTORY);
        ClassName rateLimitFilter = RateLimitEmitters.filterClass(context);
        TypeName registry = ParameterizedTypeName.get(AUTHORIZE_HTTP_REQUESTS, HTTP_SECURITY)
                .nestedClass("AuthorizationManagerRequestMatcherRegistry");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(configuration())
                .addAnnotation(AnnotationSpec.builder(ENABLE_CONFIGURATION_PROPERTIES)
                        .addMember("value", "$T.class", properties)
                        .build())
                .addJavadoc("""
                        Who may call which operation: a stateless filter chain that verifies access tokens as an OAuth 2
                        resource server, with one rule per operation of the contract. Rejections are problems (401 with
                        {@code WWW-Authenticate: Bearer}, 403), and every response carries the security headers.
                        """)
                .addField(FieldSpec.builder(String.class, "CONTENT_SECURITY_POLICY", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$S", CONTENT_SECURITY_POLICY)
                        .build())
                .addMethod(filterChain(context, properties, problems, rateLimitFilter))
                .addMethod(AccessRules.authorizeOperations(context.api(), registry))
                .addMethod(unauthorized(context, problems, rateLimitFilter))
                .addMethod(forbidden(problems))
                .addMethod(authenticationConverter(context))
                .addMethod(cors(context, properties))
                .addMethod(passwordEncoder(properties))
                .addMethod(observationSettings());
    }

    private static MethodSpec filterChain(EmitContext context, ClassName properties, ClassName problems,
            ClassName rateLimitFilter) {
        CodeBlock tokenResolver = TokenLocation.onlyStandardBearer(context.api()) ? CodeBlock.of("")
                : CodeBlock.of("\n.bearerTokenResolver(new $T())", securityClass(context, HEADER_TOKEN_RESOLVER));
        MethodSpec.Builder method = MethodSpec.methodBuilder("securityFilterChain")
                .addAnnotation(BEAN)
                .addModifiers(Modifier.PUBLIC)
                .returns(SECURITY_FILTER_CHAIN)
                .addParameter(HTTP_SECURITY, "http")
                .addParameter(JWT_DECODER, "jwtDecoder")
                .addParameter(problems, "problems")
                .addParameter(properties, "properties");
        if (rateLimitFilter == null) {
            method.addStatement("$T unauthorized = unauthorized(problems)", AUTHENTICATION_ENTRY_POINT);
        } else {
            method.addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, rateLimitFilter), "rateLimits")
                    .addComment("Absent when keel.rate-limit.enabled is false.")
                    .addStatement("$T unauthorized = unauthorized(problems, rateLimits.getIfAvailable())",
                            AUTHENTICATION_ENTRY_POINT);
        }
        return method.addException(Exception.class)
                .addStatement("$T forbidden = forbidden(problems)", ACCESS_DENIED_HANDLER)
                .addComment("Tokens come in a header, never in a cookie, so a forged cross-site request carries none:")
                .addComment("CSRF protection has nothing to protect. Spring serves RFC 9728 metadata about this")
                .addComment("resource server; its tokens are not bound to client certificates.")
                .addCode("""
                        http.csrf(csrf -> csrf.disable())
                        $>$>.sessionManagement(session -> session.sessionCreationPolicy($T.STATELESS))
                        .requestCache(cache -> cache.disable())
                        .logout(logout -> logout.disable())
                        .cors(cors -> cors.configurationSource(corsConfigurationSource(properties)))
                        .headers(headers -> headers
                        $>$>.contentTypeOptions($T.withDefaults())
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy($T.NO_REFERRER))
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity($T.withDefaults()))$<$<
                        .authorizeHttpRequests($T::authorizeOperations)
                        .oauth2ResourceServer(server -> server
                        $>$>.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authenticationConverter()))$L
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                        $>$>resource -> resource.tlsClientCertificateBoundAccessTokens(false))))$<$<$<$<
                        .exceptionHandling(exceptions -> exceptions
                        $>$>.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));$<$<$<$<
                        """, SESSION_CREATION_POLICY, CUSTOMIZER, REFERRER_POLICY, CUSTOMIZER,
                        securityClass(context, SECURITY_CONFIGURATION), tokenResolver)
                .addStatement("return http.build()")
                .build();
    }

    private static MethodSpec unauthorized(EmitContext context, ClassName problems, ClassName rateLimitFilter) {
        String examples = TokenLocation.of(context.api()).stream().map(TokenLocation::example)
                .collect(Collectors.joining(" or "));
        MethodSpec.Builder method = MethodSpec.methodBuilder("unauthorized")
                .addModifiers(Modifier.STATIC)
                .returns(AUTHENTICATION_ENTRY_POINT)
                .addJavadoc("""
                        401 with {@code WWW-Authenticate: Bearer} (RFC 6750) and a problem body; a token that was sent
                        but rejected adds {@code error="invalid_token"}, and the body never says which check failed.
                        """)
                .addParameter(problems, "problems");
        if (rateLimitFilter != null) {
            method.addJavadoc("""
                    Each refusal counts against the caller's anonymous rate limit, so bad tokens are throttled: over
                    it, the answer is 429.
                    """)
                    .addParameter(rateLimitFilter, "rateLimits");
        }
        CodeBlock counted = rateLimitFilter == null ? CodeBlock.of("")
                : CodeBlock.of("""
                        if (rateLimits != null && !rateLimits.countRefused(request, response)) {
                        $>return;
                        $<}
                        """);
        return method.addCode("""
                        return (request, response, failure) -> {
                        $>$Lboolean rejected = failure instanceof $T;
                        response.setHeader($T.WWW_AUTHENTICATE, rejected ? $S : $S);
                        String detail = rejected
                        $>$>? $S
                        : $S;$<$<
                        problems.write(response, problems.body(401, $S, detail, request.getRequestURI()));
                        $<};
                        """, counted, OAUTH2_AUTHENTICATION_EXCEPTION, HTTP_HEADERS, "Bearer error=\"invalid_token\"", "Bearer",
                        "The access token is malformed, expired or not meant for this API.",
                        "This operation needs an access token, sent as " + examples + ".", "UNAUTHORIZED")
                .build();
    }

    private static MethodSpec forbidden(ClassName problems) {
        return MethodSpec.methodBuilder("forbidden")
                .addModifiers(Modifier.STATIC)
                .returns(ACCESS_DENIED_HANDLER)
                .addJavadoc("403 with a problem body: the caller is known but lacks the role or scope the operation asks for.\n")
                .addParameter(problems, "problems")
                .addCode("""
                        return (request, response, denied) -> problems.write(response, problems.body(403, $S,
                        $>$>$S, request.getRequestURI()));$<$<
                        """, "FORBIDDEN", "Your credentials do not allow this operation.")
                .build();
    }

    private static MethodSpec authenticationConverter(EmitContext context) {
        ClassName tokens = securityClass(context, TOKEN_SERVICE);
        TypeName authorities = ParameterizedTypeName.get(ClassName.get(List.class), GRANTED_AUTHORITY);
        return MethodSpec.methodBuilder("authenticationConverter")
                .addModifiers(Modifier.STATIC)
                .returns(JWT_AUTHENTICATION_CONVERTER)
                .addJavadoc("""
                        The caller's authorities: {@code $L<ROLE>} from the token's {@code $L} claim (upper case) and
                        {@code SCOPE_<scope>} from its {@code scope} claim, so rules can ask for either.
                        """, ROLE_AUTHORITY_PREFIX, TokenServiceEmitter.ROLE_CLAIM)
                .addStatement("$T scopes = new $T()", JWT_GRANTED_AUTHORITIES_CONVERTER, JWT_GRANTED_AUTHORITIES_CONVERTER)
                .addStatement("$T converter = new $T()", JWT_AUTHENTICATION_CONVERTER, JWT_AUTHENTICATION_CONVERTER)
                .addCode("""
                        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
                        $>$T authorities = new $T<>(scopes.convert(jwt));
                        $T roles = jwt.hasClaim($T.ROLE_CLAIM) ? jwt.getClaimAsStringList($T.ROLE_CLAIM) : $T.of();
                        for (String role : roles) {
                        $>authorities.add(new $T($S + role.toUpperCase($T.ROOT)));
                        $<}
                        return authorities;
                        $<});
                        """, authorities, ArrayList.class, ParameterizedTypeName.get(List.class, String.class), tokens,
                        tokens, List.class, SIMPLE_GRANTED_AUTHORITY, ROLE_AUTHORITY_PREFIX, Locale.class)
                .addStatement("return converter")
                .build();
    }

    private static MethodSpec cors(EmitContext context, ClassName properties) {
        ApiModel api = context.api();
        TreeSet<String> methods = new TreeSet<>();
        TreeSet<String> requestHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> responseHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        requestHeaders.addAll(List.of("Content-Type", "X-Request-Id"));
        responseHeaders.addAll(List.of("Location", "WWW-Authenticate", "X-Request-Id"));
        TokenLocation.of(api).forEach(location -> requestHeaders.add(location.header()));
        if (api.isRateLimited()) {
            responseHeaders.addAll(RateLimitEmitters.responseHeaders());
        }
        for (Operation operation : api.operations()) {
            methods.add(operation.method().name());
            operation.parameters().stream().filter(p -> p.in() == Parameter.Location.HEADER)
                    .forEach(p -> requestHeaders.add(p.name()));
            operation.responses().forEach(response -> responseHeaders.addAll(response.headers()));
        }
        return MethodSpec.methodBuilder("corsConfigurationSource")
                .addModifiers(Modifier.STATIC)
                .returns(CORS_CONFIGURATION_SOURCE)
                .addJavadoc("""
                        Cross-origin calls from the origins in {@code keel.security.cors.allowed-origins}, with the methods
                        and headers the contract uses; none when the list is empty. Credentials travel in a header, so
                        cookies are never allowed.
                        """)
                .addParameter(properties, "properties")
                .addStatement("$T source = new $T()", URL_CORS_CONFIGURATION_SOURCE, URL_CORS_CONFIGURATION_SOURCE)
                .beginControlFlow("if (properties.cors().allowedOrigins().isEmpty())")
                .addStatement("return source")
                .endControlFlow()
                .addStatement("$T cors = new $T()", CORS_CONFIGURATION, CORS_CONFIGURATION)
                .addStatement("cors.setAllowedOrigins(properties.cors().allowedOrigins())")
                .addStatement("cors.setAllowedMethods($T.of($L))", List.class, strings(methods))
                .addStatement("cors.setAllowedHeaders($T.of($L))", List.class, strings(requestHeaders))
                .addStatement("cors.setExposedHeaders($T.of($L))", List.class, strings(responseHeaders))
                .addStatement("cors.setAllowCredentials(false)")
                .addStatement("cors.setMaxAge($T.ofHours(1))", Duration.class)
                .addStatement("source.registerCorsConfiguration($S, cors)", "/**")
                .addStatement("return source")
                .build();
    }

    private static CodeBlock strings(Iterable<String> values) {
        List<CodeBlock> literals = new ArrayList<>();
        values.forEach(value -> literals.add(CodeBlock.of("$S", value)));
        return CodeBlock.join(literals, ", ");
    }

    /** Profiled: Spring Security's observations of every filter cost a cached read about a tenth of its time. */
    private static MethodSpec observationSettings() {
        return MethodSpec.methodBuilder("securityObservationSettings")
                .addAnnotation(BEAN)
                .addAnnotation(AnnotationSpec.builder(CONDITIONAL_ON_PROPERTY)
                        .addMember("name", "$S", "keel.security.observations")
                        .addMember("havingValue", "$S", "false")
                        .addMember("matchIfMissing", "true")
                        .build())
                .addModifiers(Modifier.PUBLIC)
                .returns(SECURITY_OBSERVATION_SETTINGS)
                .addJavadoc("""
                        No observation of each filter, authentication and authorization: they cost a dozen timers and
                        events per request. Requests are still timed ({@code http.server.requests}); {@code
                        keel.security.observations=true} turns Spring Security's own observations back on.
                        """)
                .addStatement("return $T.noObservations()", SECURITY_OBSERVATION_SETTINGS)
                .build();
    }

    private static MethodSpec passwordEncoder(ClassName properties) {
        return MethodSpec.methodBuilder("passwordEncoder")
                .addAnnotation(BEAN)
                .addModifiers(Modifier.PUBLIC)
                .returns(PASSWORD_ENCODER)
                .addJavadoc("Argon2id, at the cost {@code keel.security.argon2.*} sets.\n")
                .addParameter(properties, "properties")
                .addStatement("$T argon2 = properties.argon2()", properties.nestedClass("Argon2"))
                .addStatement("return new $T(argon2.saltLength(), argon2.hashLength(), argon2.parallelism(),\n"
                        + "(int) argon2.memory().toKilobytes(), argon2.iterations())", ARGON2_PASSWORD_ENCODER)
                .build();
    }
}
