package dev.keel.core.emit.auth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.emit.ops.OpsNames;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Response;
import dev.keel.core.model.bind.Bindings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * {@code <basePackage>.auth.<Tag>CrudHandler implements <Tag>Handler}: the operations marked {@code x-keel-auth}
 * over the users table and Keel's refresh-token table. Passwords go through the application's
 * {@code PasswordEncoder}, access tokens through {@code TokenService}; refresh tokens are opaque random values
 * stored as SHA-256 hashes, rotated on every use, and a reused one revokes its whole family.
 */
final class AuthHandlerEmitter extends JavaEmitter<AuthPlan> {

    static final String BAD_CREDENTIALS = "The email or password is incorrect.";
    static final String BAD_REFRESH_TOKEN = "The refresh token is invalid, expired or revoked.";

    private final Bindings bindings;

    AuthHandlerEmitter(Bindings bindings) {
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
        AuthRows rows = new AuthRows(plan, context);
        ClassName handler = plan.handlerInterface(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(plan.handlerClass(context))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(handler)
                .addJavadoc("""
                        Serves the account operations of tag {@code $L} from table {@code $L} and Keel's table {@code $L}.
                        Declare your own {@link $T} bean to replace this one.
                        """, plan.tag().name(), plan.users().table().name(), AuthPlan.REFRESH_TOKEN_TABLE, handler);
        addFields(type, plan, context);
        type.addMethod(constructor(context));
        type.addMethod(constructorWithoutAudit(context));
        AuthOperations operations = new AuthOperations(plan, context, rows);
        for (Operation operation : plan.operations().stream()
                .sorted(Comparator.comparing(Operation::javaName)).toList()) {
            type.addMethod(operations.method(operation, signature(operation, context)));
        }
        rows.helpers().forEach(type::addMethod);
        type.addMethod(issue(plan, context, rows));
        type.addMethod(checkPassword(context));
        type.addMethod(newRefreshToken());
        type.addMethod(hash());
        type.addType(TypeSpec.recordBuilder("IssuedTokens")
                .addModifiers(Modifier.PROTECTED, Modifier.STATIC)
                .addJavadoc("A new access token and the refresh token that goes with it.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "accessToken")
                        .addParameter(String.class, "refreshToken")
                        .build())
                .build());
        return type;
    }

    private static void addFields(TypeSpec.Builder type, AuthPlan plan, EmitContext context) {
        type.addField(constant(String.class, "BAD_CREDENTIALS", CodeBlock.of("$S", BAD_CREDENTIALS)));
        type.addField(constant(String.class, "BAD_REFRESH_TOKEN", CodeBlock.of("$S", BAD_REFRESH_TOKEN)));
        type.addField(constant(AuthTypes.TABLE, "REFRESH_TOKENS",
                CodeBlock.of("$T.table($T.name($S))", AuthTypes.DSL, AuthTypes.DSL, AuthPlan.REFRESH_TOKEN_TABLE)));
        type.addField(column(String.class, "TOKEN_HASH", "token_hash"));
        type.addField(column(UUID.class, "FAMILY_ID", "family_id"));
        type.addField(column(new AuthRows(plan, context).keyType(), "USER_ID", "user_id"));
        type.addField(column(OffsetDateTime.class, "EXPIRES_AT", "expires_at"));
        type.addField(column(OffsetDateTime.class, "ROTATED_AT", "rotated_at"));
        type.addField(column(OffsetDateTime.class, "REVOKED_AT", "revoked_at"));
        type.addField(FieldSpec.builder(SecureRandom.class, "RANDOM", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", SecureRandom.class).build());
        type.addField(AuthTypes.DSL_CONTEXT, "dsl", Modifier.PROTECTED, Modifier.FINAL);
        type.addField(AuthPlan.securityClass(context, "TokenService"), "tokens", Modifier.PROTECTED, Modifier.FINAL);
        type.addField(AuthTypes.PASSWORD_ENCODER, "passwords", Modifier.PROTECTED, Modifier.FINAL);
        type.addField(AuthPlan.propertiesClass(context), "properties", Modifier.PROTECTED, Modifier.FINAL);
        type.addField(OpsNames.auditClass(context, OpsNames.AUDIT_LOG), "audit", Modifier.PROTECTED, Modifier.FINAL);
        type.addField(FieldSpec.builder(String.class, "unknownUserHash", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Checked against when no user has the email, so both failures cost the same.\n")
                .build());
    }

    private static FieldSpec constant(Object type, String name, CodeBlock initializer) {
        TypeName typeName = type instanceof TypeName named ? named : TypeName.get((Class<?>) type);
        return FieldSpec.builder(typeName, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer).build();
    }

    private static FieldSpec column(Object valueType, String name, String column) {
        TypeName value = valueType instanceof TypeName named ? named : TypeName.get((Class<?>) valueType);
        return constant(AuthTypes.field(value), name,
                CodeBlock.of("$T.field($T.name($S), $T.class)", AuthTypes.DSL, AuthTypes.DSL, column, value));
    }

    private static MethodSpec constructor(EmitContext context) {
        ClassName tokenService = AuthPlan.securityClass(context, "TokenService");
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(AuthTypes.DSL_CONTEXT, "dsl")
                .addParameter(tokenService, "tokens")
                .addParameter(AuthTypes.PASSWORD_ENCODER, "passwords")
                .addParameter(AuthPlan.propertiesClass(context), "properties")
                .addParameter(OpsNames.auditClass(context, OpsNames.AUDIT_LOG), "audit")
                .addStatement("this.dsl = dsl")
                .addStatement("this.tokens = tokens")
                .addStatement("this.passwords = passwords")
                .addStatement("this.properties = properties")
                .addStatement("this.audit = audit")
                .addStatement("this.unknownUserHash = passwords.encode($S)", "keel-" + UUID.nameUUIDFromBytes(
                        context.config().basePackage().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** For subclasses written before the audit trail: logs it with {@code LoggingAuditLog}. */
    private static MethodSpec constructorWithoutAudit(EmitContext context) {
        ClassName logging = OpsNames.auditClass(context, OpsNames.LOGGING_AUDIT_LOG);
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Logs the audit trail with {@link $T}.\n", logging)
                .addParameter(AuthTypes.DSL_CONTEXT, "dsl")
                .addParameter(AuthPlan.securityClass(context, "TokenService"), "tokens")
                .addParameter(AuthTypes.PASSWORD_ENCODER, "passwords")
                .addParameter(AuthPlan.propertiesClass(context), "properties")
                .addStatement("this(dsl, tokens, passwords, properties, new $T())", logging)
                .build();
    }

    /** The handler interface's method: parameters in its order, the body last. */
    private static MethodSpec.Builder signature(Operation operation, EmitContext context) {
        JavaTypes types = new JavaTypes(context);
        TypeName returnType = operation.successResponse().flatMap(Response::body).map(types::of).orElse(TypeName.VOID);
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType);
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        method.addAnnotation(Override.class);
        operation.parameters().stream().sorted(Comparator.comparing(Parameter::in))
                .forEach(parameter -> method.addParameter(types.of(parameter.type()), parameter.javaName()));
        operation.requestBody().ifPresent(body -> method.addParameter(types.of(body.type()), "body"));
        return method;
    }

    private static MethodSpec issue(AuthPlan plan, EmitContext context, AuthRows rows) {
        return MethodSpec.methodBuilder("issue")
                .addModifiers(Modifier.PROTECTED)
                .returns(plan.handlerClass(context).nestedClass("IssuedTokens"))
                .addJavadoc("Stores a new refresh token of {@code family} for the user in {@code row} and issues an "
                        + "access token with it.\n")
                .addParameter(AuthTypes.DSL_CONTEXT, "sql")
                .addParameter(AuthTypes.RECORD, "row")
                .addParameter(UUID.class, "family")
                .addStatement("$T userId = $L", rows.keyType(), rows.key("row"))
                .addStatement("String refreshToken = newRefreshToken()")
                .addStatement("sql.insertInto(REFRESH_TOKENS).set(TOKEN_HASH, hash(refreshToken)).set(FAMILY_ID, family)"
                        + ".set(USER_ID, userId).set(EXPIRES_AT, $T.now($T.UTC).plus(properties.refreshTokenTtl()))"
                        + ".execute()", OffsetDateTime.class, ZoneOffset.class)
                .addStatement("String accessToken = tokens.issueAccessToken(String.valueOf(userId), $L).getTokenValue()",
                        rows.role("row"))
                .addStatement("return new IssuedTokens(accessToken, refreshToken)")
                .build();
    }

    private static MethodSpec checkPassword(EmitContext context) {
        return MethodSpec.methodBuilder("checkPassword")
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("The password policy: {@code keel.security.password.min-length} to {@code max-length} "
                        + "characters.\n")
                .addParameter(String.class, "password")
                .addStatement("int length = password == null ? 0 : password.codePointCount(0, password.length())")
                .addStatement("$T.Password policy = properties.password()", AuthPlan.propertiesClass(context))
                .beginControlFlow("if (length < policy.minLength() || length > policy.maxLength())")
                .addStatement("throw $T.badRequest($S, $S + policy.minLength() + $S + policy.maxLength() + $S)",
                        context.supportClass("ApiProblemException"), "password", "must be between ", " and ",
                        " characters")
                .endControlFlow()
                .build();
    }

    private static MethodSpec newRefreshToken() {
        return MethodSpec.methodBuilder("newRefreshToken")
                .addModifiers(Modifier.PROTECTED, Modifier.STATIC)
                .addJavadoc("256 random bits, URL-safe.\n")
                .returns(String.class)
                .addStatement("byte[] bytes = new byte[32]")
                .addStatement("RANDOM.nextBytes(bytes)")
                .addStatement("return $T.getUrlEncoder().withoutPadding().encodeToString(bytes)", Base64.class)
                .build();
    }

    private static MethodSpec hash() {
        return MethodSpec.methodBuilder("hash")
                .addModifiers(Modifier.PROTECTED, Modifier.STATIC)
                .addJavadoc("The SHA-256 of a refresh token: the only form it is stored in.\n")
                .returns(String.class)
                .addParameter(String.class, "refreshToken")
                .beginControlFlow("try")
                .addStatement("byte[] digest = $T.getInstance($S).digest(refreshToken.getBytes($T.UTF_8))",
                        MessageDigest.class, "SHA-256", StandardCharsets.class)
                .addStatement("return $T.getUrlEncoder().withoutPadding().encodeToString(digest)", Base64.class)
                .nextControlFlow("catch ($T missing)", NoSuchAlgorithmException.class)
                .addStatement("throw new $T(missing)", IllegalStateException.class)
                .endControlFlow()
                .build();
    }
}
