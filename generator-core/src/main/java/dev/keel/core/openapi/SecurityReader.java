package dev.keel.core.openapi;

import dev.keel.core.model.OperationSecurity;
import dev.keel.core.model.SecurityRequirement;
import dev.keel.core.model.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code components.securitySchemes}, the root and per-operation {@code security} requirements and
 * {@code x-keel-roles}. Once the contract declares any security, an operation is public only when it says so with
 * {@code security: []}: one that names no requirement and finds no root {@code security} needs a signed-in caller.
 */
final class SecurityReader {

    static final String ROLES = "x-keel-roles";
    static final String PREFIX = "x-keel-prefix";

    private static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PREFIX_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** A capitalised word before a token placeholder, as in "Token xxxxx.yyyyy.zzzzz" or "Bearer &lt;jwt&gt;". */
    private static final Pattern PREFIX_IN_DESCRIPTION = Pattern.compile("(?<![\\w-])([A-Z][A-Za-z0-9_-]{0,30}) +"
            + "(?:<[^<>\\s]{1,40}>|\\{[^{}\\s]{1,40}}|\\[[^\\[\\]\\s]{1,40}]|x{3,}[\\w.]*|[\\w-]+\\.[\\w-]+\\.[\\w-]+)");

    private final ReadContext context;
    /** The schemes Keel verifies, by name. */
    private final Map<String, SecurityScheme> schemes = new TreeMap<>();
    /** Every declared scheme name, verified or not. */
    private final TreeSet<String> declared = new TreeSet<>();
    private final List<String> implicitlyProtected = new ArrayList<>();
    private JsonPointer firstImplicitlyProtected;

    SecurityReader(ReadContext context) {
        this.context = context;
        readSchemes();
    }

    /** The schemes Keel verifies, sorted by name. */
    List<SecurityScheme> schemes() {
        return List.copyOf(schemes.values());
    }

    /** Who may call {@code operation}; {@code at} is its pointer. */
    OperationSecurity read(Operation operation, JsonPointer at, String description) {
        List<String> roles = roles(operation, at.child(ROLES));
        List<io.swagger.v3.oas.models.security.SecurityRequirement> declaredRequirements = operation.getSecurity();
        JsonPointer pointer = at.child("security");
        if (declaredRequirements == null) {
            declaredRequirements = context.api.getSecurity();
            pointer = JsonPointer.of("security");
        }
        if (declared.isEmpty() && declaredRequirements == null) {
            if (!roles.isEmpty()) {
                context.problems.error(at.child(ROLES), ROLES + " needs a signed-in caller, but the contract declares "
                        + "no security scheme; add one under components.securitySchemes");
            }
            return OperationSecurity.PUBLIC;
        }
        if (declaredRequirements == null) {
            noteImplicitlyProtected(at, description);
            return new OperationSecurity(false, List.of(), roles);
        }
        boolean anonymous = declaredRequirements.isEmpty();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (int i = 0; i < declaredRequirements.size(); i++) {
            io.swagger.v3.oas.models.security.SecurityRequirement alternative = declaredRequirements.get(i);
            if (alternative == null || alternative.isEmpty()) {
                anonymous = true;
            } else {
                requirements.add(requirement(alternative, pointer.child(i)));
            }
        }
        if (anonymous && !roles.isEmpty()) {
            context.problems.error(at.child(ROLES), ROLES + " needs a signed-in caller, but the operation is public "
                    + "(its security allows an empty requirement)");
        }
        return new OperationSecurity(anonymous, requirements, anonymous ? List.of() : roles);
    }

    /** One warning for every operation protected only because the contract declares security, at the first. */
    void reportImplicitlyProtected() {
        if (implicitlyProtected.isEmpty()) {
            return;
        }
        int more = implicitlyProtected.size() - 1;
        context.problems.warning(firstImplicitlyProtected, implicitlyProtected.get(0)
                + (more > 0 ? " and " + more + " more operation" + (more > 1 ? "s declare" : " declare") : " declares")
                + " no security and the contract has no root security; Keel lets only signed-in callers in. Add "
                + "security: [] to an operation to make it public");
    }

    private void noteImplicitlyProtected(JsonPointer at, String description) {
        if (implicitlyProtected.isEmpty()) {
            firstImplicitlyProtected = at;
        }
        implicitlyProtected.add(description);
    }

    private SecurityRequirement requirement(io.swagger.v3.oas.models.security.SecurityRequirement alternative,
            JsonPointer at) {
        Map<String, List<String>> scopes = new TreeMap<>();
        alternative.forEach((name, names) -> {
            List<String> asked = names == null ? List.of() : names.stream().filter(s -> s != null && !s.isBlank())
                    .toList();
            if (!declared.contains(name)) {
                context.problems.error(at.child(name), "The security requirement names '" + name + "', which "
                        + "components.securitySchemes does not declare" + (declared.isEmpty() ? ""
                        : "; declared: " + String.join(", ", declared)));
            } else if (!asked.isEmpty() && schemes.containsKey(name) && !acceptsScopes(schemes.get(name))) {
                context.problems.warning(at.child(name), "Keel checks the names listed for '" + name + "' as OAuth 2 "
                        + "scopes (the token's scope claim); to ask for a role, use " + ROLES + " on the operation");
            }
            scopes.put(name, asked);
        });
        return new SecurityRequirement(scopes);
    }

    private static boolean acceptsScopes(SecurityScheme scheme) {
        return scheme.kind() == SecurityScheme.Kind.OAUTH2 || scheme.kind() == SecurityScheme.Kind.OPEN_ID_CONNECT;
    }

    private List<String> roles(Operation operation, JsonPointer at) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get(ROLES);
        if (value == null) {
            return List.of();
        }
        Collection<?> names = value instanceof Collection<?> list ? list : List.of(value);
        List<String> roles = new ArrayList<>();
        for (Object name : names) {
            if (name instanceof String role && ROLE.matcher(role).matches()) {
                String upper = role.toUpperCase(Locale.ROOT);
                if (!roles.contains(upper)) {
                    roles.add(upper);
                }
            } else {
                context.problems.error(at, ROLES + " lists role names (a letter, then letters, digits or _); '"
                        + name + "' is not one");
            }
        }
        return roles;
    }

    private void readSchemes() {
        if (context.api.getComponents() == null || context.api.getComponents().getSecuritySchemes() == null) {
            return;
        }
        Map<String, io.swagger.v3.oas.models.security.SecurityScheme> components =
                context.api.getComponents().getSecuritySchemes();
        components.forEach((name, declaredScheme) -> {
            declared.add(name);
            JsonPointer pointer = JsonPointer.of("components", "securitySchemes", name);
            io.swagger.v3.oas.models.security.SecurityScheme scheme = declaredScheme;
            if (scheme != null && scheme.get$ref() != null) {
                scheme = context.follow(scheme.get$ref(), pointer.child("$ref"), "securitySchemes", components,
                        io.swagger.v3.oas.models.security.SecurityScheme::get$ref)
                        .map(ReadContext.Component::value).orElse(null);
            }
            if (scheme != null && scheme.getType() != null) {
                scheme(name, scheme, pointer).ifPresent(read -> schemes.put(name, read));
            }
        });
    }

    private Optional<SecurityScheme> scheme(String name, io.swagger.v3.oas.models.security.SecurityScheme scheme,
            JsonPointer at) {
        switch (scheme.getType()) {
            case HTTP:
                if ("bearer".equalsIgnoreCase(scheme.getScheme())) {
                    return Optional.of(bearer(name, SecurityScheme.Kind.HTTP_BEARER, at));
                }
                return unsupported(name, "HTTP " + scheme.getScheme() + " authentication", at);
            case OAUTH2:
                return Optional.of(bearer(name, SecurityScheme.Kind.OAUTH2, at));
            case OPENIDCONNECT:
                return Optional.of(bearer(name, SecurityScheme.Kind.OPEN_ID_CONNECT, at));
            case APIKEY:
                if (scheme.getIn() == io.swagger.v3.oas.models.security.SecurityScheme.In.HEADER
                        && scheme.getName() != null && !scheme.getName().isBlank()) {
                    return Optional.of(apiKey(name, scheme, at));
                }
                return unsupported(name, "an API key in a " + (scheme.getIn() == null ? "query"
                        : scheme.getIn().toString().toLowerCase(Locale.ROOT)), at);
            default:
                return unsupported(name, scheme.getType() + " authentication", at);
        }
    }

    private static SecurityScheme bearer(String name, SecurityScheme.Kind kind, JsonPointer at) {
        return new SecurityScheme(name, kind, SecurityScheme.AUTHORIZATION, SecurityScheme.BEARER, at.toString());
    }

    private SecurityScheme apiKey(String name, io.swagger.v3.oas.models.security.SecurityScheme scheme,
            JsonPointer at) {
        String header = scheme.getName().trim();
        boolean authorization = header.equalsIgnoreCase(SecurityScheme.AUTHORIZATION);
        String prefix = authorization ? SecurityScheme.BEARER : "";
        Object declaredPrefix = scheme.getExtensions() == null ? null : scheme.getExtensions().get(PREFIX);
        Matcher described = PREFIX_IN_DESCRIPTION.matcher(SchemaShape.text(scheme.getDescription()));
        if (declaredPrefix instanceof String text && (text.isEmpty() || PREFIX_WORD.matcher(text).matches())) {
            prefix = text;
        } else if (declaredPrefix != null) {
            context.problems.error(at.child(PREFIX), PREFIX + " is the word before the token, e.g. Token; '"
                    + declaredPrefix + "' is not a single word");
        } else if (described.find()) {
            prefix = described.group(1);
        }
        if (!authorization) {
            context.problems.warning(at, "Keel reads a JWT it issued from the header '" + header + "' of scheme '"
                    + name + "'; opaque API keys are not supported yet");
        }
        return new SecurityScheme(name, SecurityScheme.Kind.API_KEY, header, prefix, at.toString());
    }

    private Optional<SecurityScheme> unsupported(String name, String what, JsonPointer at) {
        context.problems.warning(at, "Keel verifies JWTs sent as bearer tokens or in a header; scheme '" + name
                + "' uses " + what + ", which is not supported yet: operations that require it take a bearer token "
                + "instead");
        return Optional.empty();
    }
}
