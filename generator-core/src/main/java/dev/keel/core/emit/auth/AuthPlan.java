package dev.keel.core.emit.auth;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Tag;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.naming.NamingStrategy;
import java.util.List;
import java.util.Optional;

/**
 * What the account operations are generated from: the tag holding the operations marked {@code x-keel-auth} and
 * the schema bound to the users table, the table with {@code email} and {@code password_hash} columns.
 *
 * @param users the user schema (e.g. {@code User}) bound to the users table
 * @param key the users table's key column, which the access token's subject names
 */
record AuthPlan(Tag tag, List<Operation> operations, SchemaBinding users, Column key) {

    static final String EMAIL = "email";
    static final String PASSWORD_HASH = "password_hash";
    static final String ROLE = "role";
    static final String REFRESH_TOKEN_TABLE = "keel_refresh_tokens";

    private static final NamingStrategy NAMING = new NamingStrategy();

    /**
     * The plan, when the contract marks operations with {@code x-keel-auth} and a schema is bound to a users table.
     * Only the first tag with such operations is served; a tag that also has CRUD operations is left to the data
     * layer, whose handler already implements it.
     */
    static Optional<AuthPlan> of(EmitContext context, Bindings bindings) {
        Optional<Tag> tag = context.api().tags().stream()
                .filter(candidate -> authOperations(context, candidate).size() > 0)
                .filter(candidate -> bindings.resources().stream().flatMap(resource -> resource.operations().stream())
                        .noneMatch(crud -> crud.operation().tag().equals(candidate.name())))
                .findFirst();
        Optional<SchemaBinding> users = usersBinding(context, bindings);
        if (tag.isEmpty() || users.isEmpty()) {
            return Optional.empty();
        }
        Optional<Column> key = users.get().table().primaryKey().stream().findFirst()
                .flatMap(name -> users.get().table().column(name));
        return key.map(column -> new AuthPlan(tag.get(), authOperations(context, tag.get()), users.get(), column));
    }

    /** Whether the contract marks any operation with {@code x-keel-auth}. */
    static boolean hasAuthOperations(List<Operation> operations) {
        return operations.stream().anyMatch(operation -> operation.auth().isPresent());
    }

    private static List<Operation> authOperations(EmitContext context, Tag tag) {
        return context.api().operations().stream()
                .filter(operation -> operation.tag().equals(tag.name()) && operation.auth().isPresent())
                .toList();
    }

    /** The profile operation's schema when it is bound to the users table, else the first schema bound to it. */
    private static Optional<SchemaBinding> usersBinding(EmitContext context, Bindings bindings) {
        List<SchemaBinding> candidates = bindings.schemas().stream()
                .filter(binding -> binding.table().column(EMAIL).isPresent()
                        && binding.table().column(PASSWORD_HASH).isPresent())
                .toList();
        Optional<String> profileSchema = context.api().operations().stream()
                .filter(operation -> operation.auth().filter("profile"::equals).isPresent())
                .flatMap(operation -> operation.successResponse().flatMap(response -> response.body()).stream())
                .filter(TypeRef.Named.class::isInstance)
                .map(type -> ((TypeRef.Named) type).schemaName())
                .findFirst();
        return candidates.stream()
                .filter(binding -> profileSchema.filter(binding.schema().name()::equals).isPresent())
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    Optional<Operation> operation(String kind) {
        return operations.stream().filter(operation -> operation.auth().filter(kind::equals).isPresent()).findFirst();
    }

    static String authPackage(EmitContext context) {
        return context.config().basePackage() + ".auth";
    }

    ClassName handlerClass(EmitContext context) {
        return ClassName.get(authPackage(context), tag.javaName() + "CrudHandler");
    }

    ClassName handlerInterface(EmitContext context) {
        return ClassName.get(context.apiPackage(), NAMING.handlerName(tag.javaName()));
    }

    static ClassName propertiesClass(EmitContext context) {
        return ClassName.get(authPackage(context), "AuthProperties");
    }

    static ClassName autoConfigurationClass(EmitContext context) {
        return ClassName.get(authPackage(context), "KeelAuthAutoConfiguration");
    }

    static ClassName securityClass(EmitContext context, String simpleName) {
        return ClassName.get(context.config().basePackage() + ".security", simpleName);
    }
}
