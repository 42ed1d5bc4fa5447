package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.BANDWIDTH;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.BUCKET_CONFIGURATION;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.PATH_CONTAINER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.PATH_PATTERN;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.PATH_PATTERN_PARSER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.Operation;
import dev.keel.core.model.RateLimit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RateLimitPolicy}: the contract's limits as data (one route per operation, the defaults for anonymous
 * and signed-in callers), changed by {@code keel.rate-limit.*}, and the lookup of the limit a request counts against.
 */
final class RateLimitPolicyEmitter extends RateLimitTypeEmitter {

    static final String NO_OPERATION = "none";

    @Override
    String simpleName() {
        return POLICY;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = rateLimitClass(context, PROPERTIES);
        ClassName setting = properties.nestedClass("Limit");
        ClassName limit = limit(context);
        ClassName key = key(context);
        ClassName route = self.nestedClass("Route");
        ClassName applied = self.nestedClass("Applied");
        TypeName settings = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), setting);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Which limit a request counts against: its operation's own {@code x-keel-rate-limit}, else the
                        contract's default for anonymous or signed-in callers. Settings under {@code $L} change or lift
                        each one; a setting that names no operation of the contract stops the application at startup.
                        """, RateLimitPropertiesEmitter.PREFIX)
                .addField(FieldSpec.builder(String.class, "NO_OPERATION", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The operation named for a request no operation of the contract serves.\n")
                        .initializer("$S", NO_OPERATION)
                        .build())
                .addField(FieldSpec.builder(String.class, "PREFIX", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", RateLimitPropertiesEmitter.PREFIX)
                        .build())
                .addField(ParameterizedTypeName.get(ClassName.get(List.class), route), "routes", Modifier.PRIVATE,
                        Modifier.FINAL)
                .addField(limit, "anonymous", Modifier.PRIVATE, Modifier.FINAL)
                .addField(limit, "authenticated", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor(context, properties, setting, limit, key, route))
                .addMethod(resolve(limit, route, applied))
                .addMethod(routeFactory(route, limit, key, settings))
                .addMethod(adjust(limit, key, setting))
                .addType(TypeSpec.enumBuilder(key)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("What a budget is counted per.\n")
                        .addEnumConstant("IP", TypeSpec.anonymousClassBuilder("")
                                .addJavadoc("The client's IP address.\n").build())
                        .addEnumConstant("USER", TypeSpec.anonymousClassBuilder("")
                                .addJavadoc("The signed-in user; a caller without credentials by IP address.\n").build())
                        .addEnumConstant("IP_AND_BODY_FIELD", TypeSpec.anonymousClassBuilder("")
                                .addJavadoc("The IP address with a field of the JSON request body.\n").build())
                        .build())
                .addType(limitType(limit, key))
                .addType(TypeSpec.recordBuilder(applied)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                A request's limit.

                                @param operation the operation id, {@code $L} when no operation serves the request
                                """, NO_OPERATION)
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(String.class, "operation")
                                .addParameter(limit, "limit")
                                .build())
                        .build())
                .addType(TypeSpec.recordBuilder(route)
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("An operation of the contract: its own limit or null, and whether a setting lifts "
                                + "every limit from it.\n")
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(String.class, "method")
                                .addParameter(PATH_PATTERN, "pattern")
                                .addParameter(String.class, "operationId")
                                .addParameter(limit, "limit")
                                .addParameter(boolean.class, "lifted")
                                .build())
                        .build());
    }

    private static MethodSpec constructor(EmitContext context, ClassName properties, ClassName setting,
            ClassName limit, ClassName key, ClassName route) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(properties, "properties")
                .addStatement("$T<String, $T> settings = new $T<>(String.CASE_INSENSITIVE_ORDER)", Map.class, setting,
                        TreeMap.class)
                .addStatement("settings.putAll(properties.operations())")
                .addStatement("this.anonymous = adjust($S, $L, properties.anonymous(), $T.IP, PREFIX + $S)",
                        "anonymous", declared("anonymous", context.api().rateLimits().anonymous(), limit, key), key,
                        ".anonymous")
                .addStatement("this.authenticated = adjust($S, $L, properties.authenticated(), $T.USER, PREFIX + $S)",
                        "authenticated", declared("authenticated", context.api().rateLimits().authenticated(), limit,
                                key), key, ".authenticated")
                .addStatement("$T<$T> declared = new $T<>()", List.class, route, ArrayList.class);
        String basePath = context.api().basePath();
        for (Operation operation : context.api().operations()) {
            constructor.addStatement("declared.add(route($S, $S, $S, $L, settings))", operation.method().name(),
                    basePath + operation.path(), operation.operationId(),
                    declared(operation.operationId(), operation.rateLimit(), limit, key));
        }
        return constructor
                .beginControlFlow("if (!settings.isEmpty())")
                .addStatement("throw new $T(PREFIX + $S + settings.keySet() + $S)", IllegalStateException.class,
                        ".operations names ", ", which the contract does not declare")
                .endControlFlow()
                .addStatement("declared.sort($T.comparing($T::pattern, $T.SPECIFICITY_COMPARATOR))", Comparator.class,
                        route, PATH_PATTERN)
                .addStatement("this.routes = $T.copyOf(declared)", List.class)
                .build();
    }

    /** The contract's limit as a constructor call, {@code null} when it declares none. */
    private static CodeBlock declared(String scope, Optional<RateLimit> rateLimit, ClassName limit, ClassName key) {
        if (rateLimit.isEmpty()) {
            return CodeBlock.of("null");
        }
        RateLimit declared = rateLimit.get();
        return CodeBlock.of("new $T($S, $LL, $L, $T.$L, $S)", limit, scope, declared.capacity(),
                duration(declared.period()), key, declared.key().by().name(), declared.key().bodyField());
    }

    /** {@code Duration.ofMinutes(15)} rather than {@code Duration.ofSeconds(900)}: as the contract wrote it. */
    static CodeBlock duration(Duration period) {
        long seconds = period.toSeconds();
        if (seconds % 86_400 == 0) {
            return CodeBlock.of("$T.ofDays($L)", Duration.class, seconds / 86_400);
        }
        if (seconds % 3_600 == 0) {
            return CodeBlock.of("$T.ofHours($L)", Duration.class, seconds / 3_600);
        }
        if (seconds % 60 == 0) {
            return CodeBlock.of("$T.ofMinutes($L)", Duration.class, seconds / 60);
        }
        return CodeBlock.of("$T.ofSeconds($L)", Duration.class, seconds);
    }

    private static MethodSpec resolve(ClassName limit, ClassName route, ClassName applied) {
        return MethodSpec.methodBuilder("resolve")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The limit a request counts against; empty when none applies.

                        @param path the request's path without the context path
                        @param signedIn whether the caller presented valid credentials
                        """)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), applied))
                .addParameter(String.class, "method")
                .addParameter(String.class, "path")
                .addParameter(boolean.class, "signedIn")
                .addStatement("$T container = $T.parsePath(path)", PATH_CONTAINER, PATH_CONTAINER)
                .addComment("Spring MVC answers HEAD with the GET handler.")
                .addStatement("String served = method.equals($S) ? $S : method", "HEAD", "GET")
                .addStatement("$T fallback = signedIn ? authenticated : anonymous", limit)
                .beginControlFlow("for ($T route : routes)", route)
                .beginControlFlow("if (route.method().equals(served) && route.pattern().matches(container))")
                .beginControlFlow("if (route.lifted())")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addStatement("$T limit = route.limit() != null ? route.limit() : fallback", limit)
                .addStatement("return $T.ofNullable(limit).map(found -> new $T(route.operationId(), found))",
                        Optional.class, applied)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.ofNullable(fallback).map(found -> new $T(NO_OPERATION, found))", Optional.class,
                        applied)
                .build();
    }

    private static MethodSpec routeFactory(ClassName route, ClassName limit, ClassName key, TypeName settings) {
        return MethodSpec.methodBuilder("route")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("An operation with its setting applied; the setting is taken out of {@code settings}.\n")
                .returns(route)
                .addParameter(String.class, "method")
                .addParameter(String.class, "pattern")
                .addParameter(String.class, "operationId")
                .addParameter(limit, "declared")
                .addParameter(settings, "settings")
                .addStatement("$T setting = settings.remove(operationId)", ((ParameterizedTypeName) settings)
                        .typeArguments().get(1))
                .addStatement("$T limit = setting == null ? declared : adjust(operationId, declared, setting, $T.USER, "
                        + "PREFIX + $S + operationId)", limit, key, ".operations.")
                .addStatement("boolean lifted = setting != null && !setting.enabled()")
                .addStatement("return new $T(method, $T.defaultInstance.parse(pattern), operationId, limit, lifted)",
                        route, PATH_PATTERN_PARSER)
                .build();
    }

    private static MethodSpec adjust(ClassName limit, ClassName key, ClassName setting) {
        return MethodSpec.methodBuilder("adjust")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("""
                        The contract's limit as a setting changes it: what the setting leaves out keeps the contract's
                        value; null when there is no limit or the setting lifts it. {@code key} counts a limit the
                        contract does not declare.
                        """)
                .returns(limit)
                .addParameter(String.class, "scope")
                .addParameter(limit, "declared")
                .addParameter(setting, "setting")
                .addParameter(key, "key")
                .addParameter(String.class, "property")
                .beginControlFlow("if (!setting.enabled())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("Long capacity = setting.capacity() != null ? setting.capacity() "
                        + ": declared == null ? null : declared.capacity()")
                .addStatement("$T period = setting.period() != null ? setting.period() "
                        + ": declared == null ? null : declared.period()", Duration.class)
                .beginControlFlow("if (capacity == null && period == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (capacity == null || period == null)")
                .addStatement("throw new $T(property + $S)", IllegalStateException.class, " needs both a capacity and "
                        + "a period: the contract declares no such limit to take the other from")
                .endControlFlow()
                .beginControlFlow("if (capacity < 1 || period.isNegative() || period.isZero())")
                .addStatement("throw new $T(property + $S)", IllegalStateException.class, " needs a capacity of at "
                        + "least 1 and a period longer than zero")
                .endControlFlow()
                .beginControlFlow("if (declared == null)")
                .addStatement("return new $T(scope, capacity, period, key, $S)", limit, "")
                .endControlFlow()
                .addStatement("return new $T(scope, capacity, period, declared.key(), declared.bodyField())", limit)
                .build();
    }

    private static TypeSpec limitType(ClassName limit, ClassName key) {
        return TypeSpec.recordBuilder(limit)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        One limit: {@code capacity} requests per {@code period}, counted per {@code key}.

                        @param scope the operation id, or anonymous or authenticated for a default; budgets of different
                            scopes are counted apart
                        @param bodyField the JSON body's field counted with the IP address; "" unless the key is
                            {@code IP_AND_BODY_FIELD}
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "scope")
                        .addParameter(long.class, "capacity")
                        .addParameter(Duration.class, "period")
                        .addParameter(key, "key")
                        .addParameter(String.class, "bodyField")
                        .build())
                .addMethod(MethodSpec.methodBuilder("bandwidth")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The Bucket4j bandwidth: the whole capacity comes back at the end of each period.\n")
                        .returns(BANDWIDTH)
                        .addStatement("return $T.builder().capacity(capacity).refillIntervally(capacity, period).build()",
                                BANDWIDTH)
                        .build())
                .addMethod(MethodSpec.methodBuilder("configuration")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(BUCKET_CONFIGURATION)
                        .addStatement("return $T.builder().addLimit(bandwidth()).build()", BUCKET_CONFIGURATION)
                        .build())
                .addMethod(MethodSpec.methodBuilder("bucketKey")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                The name of one caller's budget. The caller is hashed, so no address or email is stored
                                as it is; capacity and period are part of it, so a changed limit starts new budgets.
                                """)
                        .returns(String.class)
                        .addParameter(String.class, "caller")
                        .beginControlFlow("try")
                        .addStatement("byte[] digest = $T.getInstance($S).digest(caller.getBytes($T.UTF_8))",
                                MessageDigest.class, "SHA-256", StandardCharsets.class)
                        .addStatement("return scope + $S + capacity + $S + period.toSeconds() + $S + $T.of()"
                                + ".formatHex(digest)", ":", "-per-", "s:", HexFormat.class)
                        .nextControlFlow("catch ($T e)", NoSuchAlgorithmException.class)
                        .addStatement("throw new $T(e)", IllegalStateException.class)
                        .endControlFlow()
                        .build())
                .build();
    }
}
