package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.CONFIGURATION_PROPERTIES;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.SpringMembers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RateLimitProperties}, the settings under {@code keel.rate-limit}: switch limiting off, trust
 * proxies, change or lift the contract's limits, tune the Redis connection.
 */
final class RateLimitPropertiesEmitter extends RateLimitTypeEmitter {

    static final String PREFIX = "keel.rate-limit";

    @Override
    String simpleName() {
        return PROPERTIES;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName limit = self.nestedClass("Limit");
        ClassName redis = self.nestedClass("Redis");
        TypeName operations = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), limit);
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION_PROPERTIES).addMember("value", "$S", PREFIX).build())
                .addJavadoc("""
                        The rate limit settings under {@code $L}; without any, the contract's limits apply as declared.

                        @param enabled false turns rate limiting off: nothing is counted and no header is added
                        @param trustedProxies addresses or CIDR ranges of the reverse proxies whose {@code X-Forwarded-For}
                            names the client, e.g. {@code 10.0.0.0/8}; none by default, so the header is ignored
                        @param anonymous changes the contract's default for callers without credentials
                        @param authenticated changes the contract's default for signed-in callers
                        @param operations changes an operation's limit, by operation id (case ignored)
                        @param redis how budgets shared through Redis are reached
                        """, PREFIX)
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(SpringMembers.defaulted(TypeName.BOOLEAN, "enabled", "true"))
                        .addParameter(SpringMembers.defaulted(ParameterizedTypeName.get(List.class, String.class), "trustedProxies",
                                null))
                        .addParameter(SpringMembers.defaulted(limit, "anonymous", null))
                        .addParameter(SpringMembers.defaulted(limit, "authenticated", null))
                        .addParameter(operations, "operations")
                        .addParameter(SpringMembers.defaulted(redis, "redis", null))
                        .addStatement("operations = operations == null ? $T.of() : $T.copyOf(operations)", Map.class,
                                Map.class)
                        .build())
                .addType(limitType(limit))
                .addType(redisType(redis));
    }

    private static TypeSpec limitType(ClassName limit) {
        return TypeSpec.recordBuilder(limit)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        A change to one limit; what is not set keeps the contract's value.

                        @param capacity requests per period
                        @param period how long until a spent budget is whole again, e.g. {@code 15m}
                        @param enabled false lifts the limit
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(Long.class, "capacity")
                        .addParameter(Duration.class, "period")
                        .addParameter(SpringMembers.defaulted(TypeName.BOOLEAN, "enabled", "true"))
                        .build())
                .build();
    }

    private static TypeSpec redisType(ClassName redis) {
        return TypeSpec.recordBuilder(redis)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Budgets live in the application's Redis so that every instance shares them; while Redis cannot
                        be reached, each instance counts in its own memory.

                        @param enabled false keeps every budget in this instance's memory
                        @param timeout how long a request waits for Redis before it is counted in memory instead
                        @param retryInterval how long after a failure Redis is tried again
                        @param localShare the share of a budget's capacity an instance may count on its own before it
                            tells Redis (0 to 1, exclusive): a budget of 1,000 and {@code 0.005} is synchronised every
                            5 requests, so the instances together may exceed it by 5 each; a budget too small for one
                            whole request (under 200 by default) is counted in Redis request by request
                        @param syncInterval how long an instance counts a large budget on its own at most
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(TypeName.BOOLEAN, "enabled", "true"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "timeout", "500ms"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "retryInterval", "5s"))
                        .addParameter(SpringMembers.defaulted(TypeName.DOUBLE, "localShare", "0.005"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "syncInterval", "100ms"))
                        .build())
                .build();
    }
}
