package dev.keel.core.emit.auth;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.SpringMembers;
import dev.keel.core.emit.ops.OpsNames;
import dev.keel.core.model.bind.Bindings;
import java.time.Duration;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code AuthProperties} and {@code KeelAuthAutoConfiguration}, written when the account handler is. */
final class AuthConfigurationEmitters {

    private AuthConfigurationEmitters() {
    }

    /** {@code keel.security.refresh-token-ttl} and {@code keel.security.password.*}. */
    static final class Properties extends JavaEmitter<AuthPlan> {
        private final Bindings bindings;

        Properties(Bindings bindings) {
            this.bindings = bindings;
        }

        @Override
        protected List<AuthPlan> inputs(EmitContext context) {
            return AuthPlan.of(context, bindings).stream().toList();
        }

        @Override
        protected String packageName(AuthPlan input, EmitContext context) {
            return AuthPlan.authPackage(context);
        }

        @Override
        protected TypeSpec.Builder write(AuthPlan input, EmitContext context) {
            ClassName properties = AuthPlan.propertiesClass(context);
            TypeSpec password = TypeSpec.recordBuilder("Password")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc("How long a new password must and may be, in characters.\n")
                    .recordConstructor(MethodSpec.constructorBuilder()
                            .addParameter(SpringMembers.defaulted(TypeName.INT, "minLength", "8"))
                            .addParameter(SpringMembers.defaulted(TypeName.INT, "maxLength", "128"))
                            .build())
                    .build();
            return TypeSpec.recordBuilder(properties)
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(AnnotationSpec.builder(AuthTypes.CONFIGURATION_PROPERTIES)
                            .addMember("value", "$S", "keel.security").build())
                    .addJavadoc("The account operations' settings under {@code keel.security}.\n")
                    .recordConstructor(MethodSpec.constructorBuilder()
                            .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "refreshTokenTtl",
                                    "7d"))
                            .addParameter(SpringMembers.defaulted(properties.nestedClass("Password"), "password", null))
                            .build())
                    .addType(password);
        }
    }

    /** Registers the account handler unless the application declares its own handler of the tag. */
    static final class AutoConfiguration extends JavaEmitter<AuthPlan> {
        private final Bindings bindings;

        AutoConfiguration(Bindings bindings) {
            this.bindings = bindings;
        }

        @Override
        protected List<AuthPlan> inputs(EmitContext context) {
            return AuthPlan.of(context, bindings).stream().toList();
        }

        @Override
        protected String packageName(AuthPlan input, EmitContext context) {
            return AuthPlan.authPackage(context);
        }

        @Override
        protected TypeSpec.Builder write(AuthPlan plan, EmitContext context) {
            ClassName handler = plan.handlerClass(context);
            MethodSpec bean = MethodSpec.methodBuilder("keel" + handler.simpleName())
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(AuthTypes.BEAN)
                    .addAnnotation(AnnotationSpec.builder(AuthTypes.CONDITIONAL_ON_MISSING_BEAN)
                            .addMember("value", "$T.class", plan.handlerInterface(context)).build())
                    .returns(handler)
                    .addParameter(AuthTypes.DSL_CONTEXT, "dsl")
                    .addParameter(AuthPlan.securityClass(context, "TokenService"), "tokens")
                    .addParameter(AuthTypes.PASSWORD_ENCODER, "passwords")
                    .addParameter(AuthPlan.propertiesClass(context), "properties")
                    .addParameter(OpsNames.auditClass(context, OpsNames.AUDIT_LOG), "audit")
                    .addStatement("return new $T(dsl, tokens, passwords, properties, audit)", handler)
                    .build();
            return TypeSpec.classBuilder(AuthPlan.autoConfigurationClass(context))
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(AnnotationSpec.builder(AuthTypes.AUTO_CONFIGURATION)
                            .addMember("afterName", "$S", AuthTypes.JOOQ_AUTO_CONFIGURATION).build())
                    .addAnnotation(AnnotationSpec.builder(AuthTypes.ENABLE_CONFIGURATION_PROPERTIES)
                            .addMember("value", "$T.class", AuthPlan.propertiesClass(context)).build())
                    .addJavadoc("The account operations' handler. Declare your own {@link $T} bean to replace it.\n",
                            plan.handlerInterface(context))
                    .addMethod(bean);
        }
    }
}
