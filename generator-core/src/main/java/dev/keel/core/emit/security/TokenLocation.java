package dev.keel.core.emit.security;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a generated application reads access tokens from: a header and the word before the token in it.
 *
 * @param prefix e.g. {@code Bearer} or {@code Token}; "" when the header holds the bare token
 */
record TokenLocation(String header, String prefix) {

    static final TokenLocation STANDARD_BEARER = new TokenLocation(SecurityScheme.AUTHORIZATION, SecurityScheme.BEARER);

    /** The locations of the contract's schemes in name order, each once; the standard bearer header when none. */
    static List<TokenLocation> of(ApiModel api) {
        // Keyed by text, not by the record: its generated equals and hashCode cost a method-handle set-up at first use.
        Map<String, TokenLocation> locations = new LinkedHashMap<>();
        api.securitySchemes().forEach(scheme -> locations.putIfAbsent(scheme.header() + '\n' + scheme.prefix(),
                new TokenLocation(scheme.header(), scheme.prefix())));
        return locations.isEmpty() ? List.of(STANDARD_BEARER) : List.copyOf(locations.values());
    }

    /** True when Spring Security's own bearer token resolver reads every location. */
    static boolean onlyStandardBearer(ApiModel api) {
        return api.securitySchemes().stream().allMatch(SecurityScheme::isStandardBearer);
    }

    /** How a client sends a token here, e.g. {@code Authorization: Bearer <token>}. */
    String example() {
        return header + ": " + (prefix.isEmpty() ? "" : prefix + " ") + "<token>";
    }
}
