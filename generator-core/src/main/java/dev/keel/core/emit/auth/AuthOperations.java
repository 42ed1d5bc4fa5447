package dev.keel.core.emit.auth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.ops.OpsNames;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Property;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.Response;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.bind.ColumnBinding;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The body of each account operation, by its {@code x-keel-auth} kind. */
final class AuthOperations {

    private final AuthPlan plan;
    private final EmitContext context;
    private final AuthRows rows;
    private final ClassName problem;
    private final ClassName event;

    /** The resource of account events: a signed-in session. */
    private static final String SESSION = "session";

    AuthOperations(AuthPlan plan, EmitContext context, AuthRows rows) {
        this.plan = plan;
        this.context = context;
        this.rows = rows;
        this.problem = context.supportClass("ApiProblemException");
        this.event = OpsNames.auditClass(context, OpsNames.AUDIT_EVENT);
    }

    /** {@code audit.record(AuditEvent.by(actor, action, "session", id, outcome))}: an audited account event. */
    private CodeBlock audited(CodeBlock actor, String action, CodeBlock id, String outcome) {
        return CodeBlock.builder().addStatement("audit.record($T.by($L, $S, $S, $L, $T.$L))", event, actor, action,
                SESSION, id, event, outcome).build();
    }

    MethodSpec method(Operation operation, MethodSpec.Builder signature) {
        String kind = operation.auth().orElseThrow();
        CodeBlock body = switch (kind) {
            case "register" -> register(operation);
            case "login" -> login(operation);
            case "refresh" -> refresh(operation);
            case "logout" -> logout(operation);
            default -> profile(operation);
        };
        return signature.addCode(body).build();
    }

    private CodeBlock register(Operation operation) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("checkPassword(body.password())")
                .addStatement("$T<$T<?>, Object> values = new $T<>()", java.util.Map.class, AuthTypes.FIELD,
                        java.util.LinkedHashMap.class);
        boolean roleSet = false;
        for (Property property : bodySchema(operation).map(ObjectSchema::properties).orElse(List.of())) {
            if (property.name().equals("password")) {
                continue;
            }
            Optional<ColumnBinding> column = rows.users().property(property.name());
            if (column.isPresent()) {
                roleSet |= column.get().column().name().equals(AuthPlan.ROLE);
                code.addStatement("values.put($T.field($T.name($S)), $L)", AuthTypes.DSL, AuthTypes.DSL,
                        column.get().column().name(), rows.write(property, "body"));
            }
        }
        code.addStatement("values.put($T.field($T.name($S)), passwords.encode(body.password()))", AuthTypes.DSL,
                AuthTypes.DSL, AuthPlan.PASSWORD_HASH);
        if (!roleSet && plan.users().table().column(AuthPlan.ROLE).isPresent()) {
            code.addStatement("values.put($T.field($T.name($S)), $S)", AuthTypes.DSL, AuthTypes.DSL, AuthPlan.ROLE,
                    "user");
        }
        code.add("// A taken email violates the unique key: the data layer's handler answers 409 naming it.\n")
                .addStatement("$T key = dsl.insertInto($L).set(values).returningResult($L).fetchSingle().value1()",
                        rows.keyType(), rows.usersTable(), rows.column(plan.key().name(), rows.keyType()))
                .addStatement("$T row = findByKey(dsl, key)", AuthTypes.RECORD)
                .add(audited(CodeBlock.of("String.valueOf(key)"), "register", CodeBlock.of("key"), "SUCCESS"))
                .add(signIn(operation));
        return code.build();
    }

    private CodeBlock login(Operation operation) {
        return CodeBlock.builder()
                .addStatement("$T row = findByEmail(body.email())", AuthTypes.RECORD)
                .beginControlFlow("if (row == null)")
                .addStatement("passwords.matches(body.password(), unknownUserHash)")
                .add(audited(CodeBlock.of("body.email()"), "login", CodeBlock.of("null"), "FAILURE"))
                .addStatement("throw $T.unauthorized(BAD_CREDENTIALS)", problem)
                .endControlFlow()
                .beginControlFlow("if (!passwords.matches(body.password(), row.get($S, String.class)))",
                        AuthPlan.PASSWORD_HASH)
                .add(audited(CodeBlock.of("body.email()"), "login", CodeBlock.of("null"), "FAILURE"))
                .addStatement("throw $T.unauthorized(BAD_CREDENTIALS)", problem)
                .endControlFlow()
                .add(audited(CodeBlock.of("String.valueOf(row.get($S))", plan.key().name()), "login",
                        CodeBlock.of("row.get($S)", plan.key().name()), "SUCCESS"))
                .add(signIn(operation))
                .build();
    }

    /**
     * Rotates in one transaction that commits even when a reused token revoked its family, so the revocation
     * stays; the 401 is thrown after it.
     */
    private CodeBlock refresh(Operation operation) {
        ClassName issued = plan.handlerClass(context).nestedClass("IssuedTokens");
        return CodeBlock.builder()
                .addStatement("String presentedHash = hash(body.refreshToken())")
                .add("$T issued = dsl.transactionResult(configuration -> {\n", issued).indent()
                .addStatement("$T sql = $T.using(configuration)", AuthTypes.DSL_CONTEXT, AuthTypes.DSL)
                .addStatement("$T now = $T.now($T.UTC)", OffsetDateTime.class, OffsetDateTime.class, ZoneOffset.class)
                .addStatement("$T presented = sql.select(FAMILY_ID, USER_ID, EXPIRES_AT, ROTATED_AT, REVOKED_AT)"
                        + ".from(REFRESH_TOKENS).where(TOKEN_HASH.eq(presentedHash)).forUpdate().fetchOne()",
                        AuthTypes.RECORD)
                .beginControlFlow("if (presented == null || presented.get(REVOKED_AT) != null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (presented.get(ROTATED_AT) != null)")
                .add("// Spent already: someone holds a copy. End every session of this login.\n")
                .addStatement("sql.update(REFRESH_TOKENS).set(REVOKED_AT, now).where(FAMILY_ID.eq(presented.get("
                        + "FAMILY_ID))).and(REVOKED_AT.isNull()).execute()")
                .add(audited(CodeBlock.of("String.valueOf(presented.get(USER_ID))"), "refresh_token_reuse",
                        CodeBlock.of("presented.get(FAMILY_ID)"), "FAILURE"))
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (presented.get(EXPIRES_AT).isBefore(now))")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("sql.update(REFRESH_TOKENS).set(ROTATED_AT, now).where(TOKEN_HASH.eq(presentedHash))"
                        + ".execute()")
                .addStatement("$T user = findByKey(sql, presented.get(USER_ID))", AuthTypes.RECORD)
                .addStatement("return user == null ? null : issue(sql, user, presented.get(FAMILY_ID))")
                .unindent().add("});\n")
                .beginControlFlow("if (issued == null)")
                .add(audited(CodeBlock.of("$T.currentActor()", event), "refresh", CodeBlock.of("null"), "FAILURE"))
                .addStatement("throw $T.unauthorized(BAD_REFRESH_TOKEN)", problem)
                .endControlFlow()
                .addStatement("return $L", response(operation, "null"))
                .build();
    }

    private CodeBlock logout(Operation operation) {
        return CodeBlock.builder()
                .add("// An unknown token changes nothing and still answers success: logout reveals nothing.\n")
                .addStatement("dsl.update(REFRESH_TOKENS).set(REVOKED_AT, $T.now($T.UTC)).where(FAMILY_ID.in("
                        + "$T.select(FAMILY_ID).from(REFRESH_TOKENS).where(TOKEN_HASH.eq(hash(body.refreshToken())))))"
                        + ".and(REVOKED_AT.isNull()).execute()", OffsetDateTime.class, ZoneOffset.class, AuthTypes.DSL)
                .add(audited(CodeBlock.of("$T.currentActor()", event), "logout", CodeBlock.of("null"), "SUCCESS"))
                .add(returnsNothing(operation) ? CodeBlock.of("") : CodeBlock.of("return null;\n"))
                .build();
    }

    private CodeBlock profile(Operation operation) {
        return CodeBlock.builder()
                .addStatement("$T authentication = $T.getContext().getAuthentication()", AuthTypes.AUTHENTICATION,
                        AuthTypes.SECURITY_CONTEXT_HOLDER)
                .beginControlFlow("if (!(authentication instanceof $T token))", AuthTypes.JWT_AUTHENTICATION_TOKEN)
                .addStatement("throw $T.unauthorized($S)", problem,
                        "This operation needs an access token, sent as Authorization: Bearer <token>.")
                .endControlFlow()
                .addStatement("$T row", AuthTypes.RECORD)
                .beginControlFlow("try")
                .addStatement("row = findByKey(dsl, $L.getDataType().convert(token.getToken().getSubject()))",
                        rows.column(plan.key().name(), rows.keyType()))
                .nextControlFlow("catch ($T notAKey)", RuntimeException.class)
                .addStatement("row = null")
                .endControlFlow()
                .beginControlFlow("if (row == null)")
                .addStatement("throw $T.unauthorized($S)", problem, "The access token's user no longer exists.")
                .endControlFlow()
                .addStatement("return $L", response(operation, "toUser(row)"))
                .build();
    }

    private Optional<ObjectSchema> bodySchema(Operation operation) {
        return operation.requestBody().map(RequestBody::type).flatMap(this::objectSchema);
    }

    private Optional<ObjectSchema> objectSchema(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            Optional<SchemaDef> schema = context.api().schema(named.schemaName());
            if (schema.isPresent() && schema.get() instanceof ObjectSchema object) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    private static boolean returnsNothing(Operation operation) {
        return operation.successResponse().flatMap(Response::body).isEmpty();
    }

    /**
     * The success body: the user itself, or a record whose user property gets the user and whose properties named
     * like access and refresh tokens get the tokens in {@code issued}.
     */
    private CodeBlock response(Operation operation, String user) {
        Optional<TypeRef> type = operation.successResponse().flatMap(Response::body);
        TypeRef userType = new TypeRef.Named(plan.users().schema().name());
        if (type.isEmpty() || type.get().equals(userType)) {
            return CodeBlock.of("$L", user);
        }
        Optional<ObjectSchema> schema = objectSchema(type.get());
        if (schema.isEmpty()) {
            return CodeBlock.of("null");
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : schema.get().properties()) {
            String name = property.name().toLowerCase(Locale.ROOT);
            if (property.type().equals(userType)) {
                arguments.add(CodeBlock.of("$L", user));
            } else if (name.contains("access")) {
                arguments.add(CodeBlock.of("issued.accessToken()"));
            } else if (name.contains("refresh")) {
                arguments.add(CodeBlock.of("issued.refreshToken()"));
            } else {
                arguments.add(CodeBlock.of("null"));
            }
        }
        return CodeBlock.of("new $T($L)", context.schemaClass(schema.get().name()), CodeBlock.join(arguments, ", "));
    }

    private CodeBlock signIn(Operation operation) {
        return CodeBlock.builder()
                .addStatement("$T issued = issue(dsl, row, $T.randomUUID())",
                        plan.handlerClass(context).nestedClass("IssuedTokens"), UUID.class)
                .addStatement("return $L", response(operation, "toUser(row)"))
                .build();
    }
}
