package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * {@code <supportPackage>.JwtOwnerResolver}, for secured contracts with owned resources: the owner is the access
 * token's subject, and role {@code admin} sees every row. Registered by the data auto-configuration only when the
 * application declares no {@code OwnerResolver} of its own.
 */
final class JwtOwnerResolverEmitter extends JavaEmitter<Bindings> {

    static final String NAME = "JwtOwnerResolver";
    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private static final ClassName SECURITY_CONTEXT =
            ClassName.get("org.springframework.security.core.context", "SecurityContextHolder");
    private static final ClassName AUTHENTICATION = ClassName.get("org.springframework.security.core", "Authentication");
    private static final ClassName JWT_TOKEN = ClassName.get(
            "org.springframework.security.oauth2.server.resource.authentication", "JwtAuthenticationToken");

    private final Bindings bindings;

    JwtOwnerResolverEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    protected List<Bindings> inputs(EmitContext context) {
        return applies(bindings, context) ? List.of(bindings) : List.of();
    }

    /** For secured contracts with owned resources; the data auto-configuration then makes it the default. */
    static boolean applies(Bindings bindings, EmitContext context) {
        return context.api().isSecured()
                && bindings.resources().stream().anyMatch(resource -> resource.owner().isPresent());
    }

    @Override
    protected String packageName(Bindings input, EmitContext context) {
        return context.supportPackage();
    }

    @Override
    protected TypeSpec.Builder write(Bindings input, EmitContext context) {
        return TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(context.supportClass(DataNames.OWNER_RESOLVER))
                .addJavadoc("""
                        Owned rows belong to the caller named by the access token's subject; an administrator reads and
                        changes every row but still owns what they create.
                        """)
                .addMethod(MethodSpec.methodBuilder("currentOwner")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ResourceCode.OWNER)
                        .addStatement("$T authentication = $T.getContext().getAuthentication()", AUTHENTICATION,
                                SECURITY_CONTEXT)
                        .beginControlFlow("if (!(authentication instanceof $T token))", JWT_TOKEN)
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return $T.of($T.fromString(token.getToken().getSubject()))", Optional.class,
                                UUID.class)
                        .nextControlFlow("catch ($T | $T notAUserId)", IllegalArgumentException.class,
                                NullPointerException.class)
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("visibleOwner")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ResourceCode.OWNER)
                        .addStatement("$T authentication = $T.getContext().getAuthentication()", AUTHENTICATION,
                                SECURITY_CONTEXT)
                        .beginControlFlow("if (authentication != null && authentication.getAuthorities().stream()"
                                + ".anyMatch(granted -> $S.equals(granted.getAuthority())))", ADMIN_AUTHORITY)
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .addStatement("return currentOwner()")
                        .build());
    }
}
