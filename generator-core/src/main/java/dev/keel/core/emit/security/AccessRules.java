package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.ALL_AUTHORITIES_AUTHORIZATION_MANAGER;
import static dev.keel.core.emit.security.SecurityTypes.AUTHORITY_AUTHORIZATION_MANAGER;
import static dev.keel.core.emit.security.SecurityTypes.AUTHORIZATION_MANAGERS;
import static dev.keel.core.emit.security.SecurityTypes.DISPATCHER_TYPE;
import static dev.keel.core.emit.security.SecurityTypes.HTTP_METHOD;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.keel.core.emit.ops.ActuatorEndpoints;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Operation;
import dev.keel.core.model.OperationSecurity;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The authorization rule of each operation as Spring Security request matchers. Spring applies the first rule whose
 * method and path match, so a literal path segment ({@code /projects/mine}) comes before a variable one
 * ({@code /projects/{id}}) at the same place.
 */
final class AccessRules {

    static final String SCOPE_AUTHORITY_PREFIX = "SCOPE_";

    private AccessRules() {
    }

    static MethodSpec authorizeOperations(ApiModel api, TypeName registry) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("authorizeOperations")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("""
                        One rule per operation of the contract; a request no operation matches needs a signed-in caller,
                        so an unknown path reveals nothing to anonymous clients.
                        """)
                .addParameter(registry, "requests")
                .addComment("Failures are forwarded to the error controller, which answers for the original request.")
                .addStatement("requests.dispatcherTypeMatchers($T.ERROR).permitAll()", DISPATCHER_TYPE)
                .addCode(ActuatorEndpoints.accessRules());
        for (Operation operation : mostSpecificFirst(api.operations())) {
            method.addCode("requests.requestMatchers($T.$L, $S).$L; // $L\n", HTTP_METHOD, operation.method().name(),
                    api.basePath() + operation.path(), rule(operation.security()), operation.operationId());
        }
        return method.addStatement("requests.anyRequest().authenticated()").build();
    }

    /** The call on Spring's {@code AuthorizedUrl} for an operation, e.g. {@code hasRole("ADMIN")}. */
    static CodeBlock rule(OperationSecurity security) {
        if (security.anonymous()) {
            return CodeBlock.of("permitAll()");
        }
        List<String> roles = security.roles();
        List<List<String>> scopes = security.scopeAlternatives();
        if (scopes.isEmpty()) {
            if (roles.isEmpty()) {
                return CodeBlock.of("authenticated()");
            }
            return roles.size() == 1 ? CodeBlock.of("hasRole($S)", roles.get(0))
                    : CodeBlock.of("hasAnyRole($L)", strings(roles));
        }
        if (roles.isEmpty() && scopes.size() == 1) {
            List<String> authorities = authorities(scopes.get(0));
            return authorities.size() == 1 ? CodeBlock.of("hasAuthority($S)", authorities.get(0))
                    : CodeBlock.of("hasAllAuthorities($L)", strings(authorities));
        }
        CodeBlock scopeRule = scopes.size() == 1 ? allAuthorities(scopes.get(0))
                : CodeBlock.of("$T.anyOf($L)", AUTHORIZATION_MANAGERS,
                        scopes.stream().map(AccessRules::allAuthorities).collect(CodeBlock.joining(", ")));
        if (roles.isEmpty()) {
            return CodeBlock.of("access($L)", scopeRule);
        }
        return CodeBlock.of("access($T.allOf($T.hasAnyRole($L), $L))", AUTHORIZATION_MANAGERS,
                AUTHORITY_AUTHORIZATION_MANAGER, strings(roles), scopeRule);
    }

    private static CodeBlock allAuthorities(List<String> scopes) {
        return CodeBlock.of("$T.hasAllAuthorities($L)", ALL_AUTHORITIES_AUTHORIZATION_MANAGER,
                strings(authorities(scopes)));
    }

    private static List<String> authorities(List<String> scopes) {
        return scopes.stream().map(scope -> SCOPE_AUTHORITY_PREFIX + scope).toList();
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
    }

    static List<Operation> mostSpecificFirst(List<Operation> operations) {
        return operations.stream().sorted(Comparator.comparing(Operation::path, AccessRules::comparePaths)
                .thenComparing(Operation::method)).toList();
    }

    /** Segment by segment: a literal before a variable, then alphabetically; a shorter path first. */
    static int comparePaths(String left, String right) {
        String[] a = left.split("/", -1);
        String[] b = right.split("/", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean aVariable = a[i].contains("{");
            boolean bVariable = b[i].contains("{");
            if (aVariable != bVariable) {
                return aVariable ? 1 : -1;
            }
            int order = a[i].compareTo(b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
