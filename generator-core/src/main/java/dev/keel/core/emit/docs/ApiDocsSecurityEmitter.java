package dev.keel.core.emit.docs;

import static dev.keel.core.emit.docs.DocsTypes.BEAN;
import static dev.keel.core.emit.docs.DocsTypes.CONFIGURATION;
import static dev.keel.core.emit.docs.DocsTypes.HTTP_SECURITY;
import static dev.keel.core.emit.docs.DocsTypes.ORDER;
import static dev.keel.core.emit.docs.DocsTypes.ORDERED;
import static dev.keel.core.emit.docs.DocsTypes.REFERRER_POLICY;
import static dev.keel.core.emit.docs.DocsTypes.SECURITY_FILTER_CHAIN;
import static dev.keel.core.emit.docs.DocsTypes.SESSION_CREATION_POLICY;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ApiDocsSecurityConfiguration} for a secured contract: a filter chain ahead of the API's own that
 * lets anyone read the contract and Swagger UI (other methods get the API's 405 problem), with a content security policy Swagger UI can run under
 * (its scripts and styles from this origin, inline styles and data: images, calls to this origin only). Every
 * other request still meets the API's chain and its {@code default-src 'none'} policy.
 */
final class ApiDocsSecurityEmitter extends JavaEmitter<EmitContext> {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return context.api().isSecured() ? List.of(context) : List.of();
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return DocsEmitters.docsPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        CodeBlock paths = DocsPaths.PUBLIC.stream().map(path -> CodeBlock.of("$S", path))
                .collect(CodeBlock.joining(", "));
        return TypeSpec.classBuilder("ApiDocsSecurityConfiguration")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build())
                .addJavadoc("""
                        The contract at {@code $L} and Swagger UI at {@code $L} are public: reading them needs no
                        token, trying an operation in Swagger UI sends the token you authorise it with.
                        """, DocsPaths.CONTRACT, DocsPaths.SWAGGER_UI)
                .addField(FieldSpec.builder(String[].class, "PUBLIC_PATHS", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL).initializer("{$L}", paths).build())
                .addField(FieldSpec.builder(String.class, "CONTENT_SECURITY_POLICY", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL).initializer("$S", CONTENT_SECURITY_POLICY).build())
                .addMethod(filterChain());
    }

    private static MethodSpec filterChain() {
        return MethodSpec.methodBuilder("apiDocsFilterChain")
                .addAnnotation(BEAN)
                .addAnnotation(AnnotationSpec.builder(ORDER).addMember("value", "$T.HIGHEST_PRECEDENCE", ORDERED)
                        .build())
                .addModifiers(Modifier.PUBLIC)
                .returns(SECURITY_FILTER_CHAIN)
                .addParameter(HTTP_SECURITY, "http")
                .addException(Exception.class)
                .addComment("Read-only pages without cookies or sessions: nothing for CSRF protection to protect.")
                .addCode("""
                        http.securityMatcher(PUBLIC_PATHS)
                        $>$>.csrf(csrf -> csrf.disable())
                        .sessionManagement(session -> session.sessionCreationPolicy($T.STATELESS))
                        .requestCache(cache -> cache.disable())
                        .headers(headers -> headers
                        $>$>.frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy($T.NO_REFERRER))
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY)))$<$<
                        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());$<$<
                        """, SESSION_CREATION_POLICY, REFERRER_POLICY)
                .addStatement("return http.build()")
                .build();
    }
}
