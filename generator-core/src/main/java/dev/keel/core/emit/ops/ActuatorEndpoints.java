package dev.keel.core.emit.ops;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * Who may call Actuator's endpoints, which {@code application-defaults.yaml} maps to {@code /health} and
 * {@code /metrics}: health answers everyone (load balancers and probes send no token) and shows its details to
 * admins only; the Prometheus metrics are for admins, since they reveal routes, traffic and pool sizes.
 */
public final class ActuatorEndpoints {

    public static final String HEALTH = "/health";
    public static final String METRICS = "/metrics";
    /** The role of the access token's {@code role} claim that sees health details and metrics. */
    public static final String ADMIN_ROLE = "ADMIN";

    private static final ClassName HTTP_METHOD = ClassName.get("org.springframework.http", "HttpMethod");

    private ActuatorEndpoints() {
    }

    /** The request matcher rules, placed before the operations' own. */
    public static CodeBlock accessRules() {
        return CodeBlock.builder()
                .add("// Actuator: health for probes and load balancers (details for admins), metrics for admins.\n")
                .addStatement("requests.requestMatchers($T.GET, $S, $S).permitAll()", HTTP_METHOD, HEALTH,
                        HEALTH + "/**")
                .addStatement("requests.requestMatchers($T.GET, $S).hasRole($S)", HTTP_METHOD, METRICS, ADMIN_ROLE)
                .build();
    }
}
