package dev.keel.core.emit.security;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.ApiModel;
import java.util.List;

/**
 * Base of the emitters of the {@code security} package: each writes one type per application, named by
 * {@link #simpleName()}, when {@link #appliesTo(ApiModel)} says the contract needs it.
 */
abstract class SecurityTypeEmitter extends JavaEmitter<EmitContext> {

    static final String SECURITY_CONFIGURATION = "SecurityConfiguration";
    static final String SECURITY_PROPERTIES = "SecurityProperties";
    static final String JWT_KEYS = "JwtKeys";
    static final String TOKEN_SERVICE = "TokenService";
    static final String HEADER_TOKEN_RESOLVER = "HeaderTokenResolver";
    /** Written by the API emitters into the {@code support} package. */
    static final String PROBLEM_FACTORY = "ProblemFactory";

    abstract String simpleName();

    abstract boolean appliesTo(ApiModel api);

    abstract TypeSpec.Builder write(ClassName self, EmitContext context);

    @Override
    protected final List<EmitContext> inputs(EmitContext context) {
        return appliesTo(context.api()) ? List.of(context) : List.of();
    }

    @Override
    protected final String packageName(EmitContext input, EmitContext context) {
        return securityPackage(context);
    }

    @Override
    protected final TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return write(securityClass(context, simpleName()), context);
    }

    static String securityPackage(EmitContext context) {
        return context.config().basePackage() + ".security";
    }

    static ClassName securityClass(EmitContext context, String simpleName) {
        return ClassName.get(securityPackage(context), simpleName);
    }

    static AnnotationSpec configuration() {
        return AnnotationSpec.builder(SecurityTypes.CONFIGURATION).addMember("proxyBeanMethods", "false").build();
    }
}
