package dev.keel.core.emit.security;

import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/**
 * The emitters of the {@code security} package. A contract with security gets the filter chain, keys, token
 * service and properties; one without gets only what keeps it public when Spring Security is on the class path.
 */
public final class SecurityEmitters {

    private SecurityEmitters() {
    }

    public static List<JavaEmitter<?>> all() {
        return List.of(
                new SecurityConfigurationEmitter(),
                new SecurityPropertiesEmitter(),
                new JwtKeysEmitter(),
                new TokenServiceEmitter(),
                new HeaderTokenResolverEmitter(),
                new PublicAccessConfigurationEmitter());
    }
}
