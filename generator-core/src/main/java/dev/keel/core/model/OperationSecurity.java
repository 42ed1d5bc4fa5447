package dev.keel.core.model;

import java.util.List;

/**
 * Who may call an operation.
 *
 * @param anonymous true when a client without credentials may call it: {@code security: []}, an empty
 *     alternative {@code {}}, or a contract that declares no security at all
 * @param requirements the contract's alternatives naming at least one scheme; a client satisfying any one may call
 * @param roles from {@code x-keel-roles}, upper case: the caller needs one of them; empty when any signed-in caller
 *     may call
 */
public record OperationSecurity(boolean anonymous, List<SecurityRequirement> requirements, List<String> roles) {

    /** An operation anyone may call. */
    public static final OperationSecurity PUBLIC = new OperationSecurity(true, List.of(), List.of());

    public OperationSecurity {
        requirements = List.copyOf(requirements);
        roles = List.copyOf(roles);
    }

    /**
     * The scope sets a signed-in caller may hold to be let in, one per alternative; empty when some alternative
     * asks for no scope, so authentication alone is enough.
     */
    public List<List<String>> scopeAlternatives() {
        if (requirements.isEmpty() || requirements.stream().anyMatch(r -> r.allScopes().isEmpty())) {
            return List.of();
        }
        return requirements.stream().map(SecurityRequirement::allScopes).distinct().toList();
    }
}
