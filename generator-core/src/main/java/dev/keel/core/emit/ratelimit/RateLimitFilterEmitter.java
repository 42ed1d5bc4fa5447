package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.AUTHENTICATION;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.CONSUMPTION_PROBE;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.CORS_UTILS;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.JACKSON_EXCEPTION;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.JSON_MAPPER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.JSON_NODE;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.JWT_AUTHENTICATION_TOKEN;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.ONCE_PER_REQUEST_FILTER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SECURITY_CONTEXT_HOLDER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SERVLET_REQUEST;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SERVLET_RESPONSE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.SpringMembers;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RateLimitFilter}: each request is counted against its budget, every counted response says where the
 * client stands in {@code RateLimit-*} headers, and a request over budget is answered 429 with {@code Retry-After}.
 */
final class RateLimitFilterEmitter extends RateLimitTypeEmitter {

    static final String LIMIT_HEADER = "RateLimit-Limit";
    static final String REMAINING_HEADER = "RateLimit-Remaining";
    static final String RESET_HEADER = "RateLimit-Reset";
    static final String RETRY_AFTER_HEADER = "Retry-After";

    @Override
    String simpleName() {
        return FILTER;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName problems = context.supportClass(PROBLEM_FACTORY);
        ClassName policy = rateLimitClass(context, POLICY);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(ONCE_PER_REQUEST_FILTER)
                .addJavadoc("""
                        Counts each request against its budget (see {@link $T}) and tells the client where it stands:
                        {@code $L}, {@code $L} and {@code $L} (seconds until the budget is whole again). A request over its
                        budget is answered 429 with a {@code TOO_MANY_REQUESTS} problem and {@code $L} in seconds.
                        Registered right after Spring Security's filter chain, so the signed-in user is known; a request
                        the chain refuses with 401 is counted by its entry point through {@link #countRefused}.
                        """, policy, LIMIT_HEADER, REMAINING_HEADER, RESET_HEADER, RETRY_AFTER_HEADER)
                .addField(header("LIMIT_HEADER", LIMIT_HEADER))
                .addField(header("REMAINING_HEADER", REMAINING_HEADER))
                .addField(header("RESET_HEADER", RESET_HEADER))
                .addField(header("RETRY_AFTER_HEADER", RETRY_AFTER_HEADER))
                .addField(FieldSpec.builder(String.class, "COUNTED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Marks a request already counted, so no dispatch of it is counted twice.\n")
                        .initializer("$T.class.getName() + $S", self, ".COUNTED")
                        .build())
                .addField(FieldSpec.builder(JSON_MAPPER, "JSON", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.builder().build()", JSON_MAPPER)
                        .build())
                .addField(policy, "policy", Modifier.PRIVATE, Modifier.FINAL)
                .addField(rateLimitClass(context, BUCKETS), "buckets", Modifier.PRIVATE, Modifier.FINAL)
                .addField(rateLimitClass(context, CLIENT_ADDRESSES), "addresses", Modifier.PRIVATE, Modifier.FINAL)
                .addField(rateLimitClass(context, METRICS), "metrics", Modifier.PRIVATE, Modifier.FINAL)
                .addField(problems, "problems", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(policy, "policy")
                        .addParameter(rateLimitClass(context, BUCKETS), "buckets")
                        .addParameter(rateLimitClass(context, CLIENT_ADDRESSES), "addresses")
                        .addParameter(rateLimitClass(context, METRICS), "metrics")
                        .addParameter(problems, "problems")
                        .addStatement("this.policy = policy")
                        .addStatement("this.buckets = buckets")
                        .addStatement("this.addresses = addresses")
                        .addStatement("this.metrics = metrics")
                        .addStatement("this.problems = problems")
                        .build())
                .addMethod(doFilterInternal())
                .addMethod(countRefused())
                .addMethod(count(context, policy))
                .addMethod(readAhead(context, problems))
                .addMethod(reject(problems, policy))
                .addMethod(MethodSpec.methodBuilder("seconds")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(long.class)
                        .addParameter(long.class, "nanos")
                        .addStatement("return (nanos + 999_999_999L) / 1_000_000_000L")
                        .build())
                .addMethod(bodyField())
                .addMethod(signedInUser(context));
    }

    private static FieldSpec header(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .build();
    }

    private static MethodSpec doFilterInternal() {
        return SpringMembers.doFilterInternal()
                .addStatement("$T admitted = count(request, response, signedInUser())", SERVLET_REQUEST)
                .beginControlFlow("if (admitted != null)")
                .addStatement("chain.doFilter(admitted, response)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec countRefused() {
        return MethodSpec.methodBuilder("countRefused")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Counts a request Spring Security refused for want of a valid token against the caller's
                        anonymous budget, so bad tokens are throttled like any anonymous call; such a request never
                        reaches this filter, so it is counted once. False when it was over budget and the 429 (or 413)
                        has been written instead of the refusal.
                        """)
                .returns(boolean.class)
                .addParameter(SERVLET_REQUEST, "request")
                .addParameter(SERVLET_RESPONSE, "response")
                .addException(IOException.class)
                .addStatement("return count(request, response, null) != null")
                .build();
    }

    private static MethodSpec count(EmitContext context, ClassName policy) {
        ClassName key = key(context);
        return MethodSpec.methodBuilder("count")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        Takes one request from the caller's budget and says where it stands; the request to pass on,
                        or null when the response has been written (over budget, or a body over the limit).
                        """)
                .returns(SERVLET_REQUEST)
                .addParameter(SERVLET_REQUEST, "request")
                .addParameter(SERVLET_RESPONSE, "response")
                .addParameter(String.class, "user")
                .addException(IOException.class)
                .beginControlFlow("if (request.getAttribute(COUNTED) != null)")
                .addStatement("return request")
                .endControlFlow()
                .addStatement("request.setAttribute(COUNTED, Boolean.TRUE)")
                .addStatement("String path = request.getRequestURI().substring(request.getContextPath().length())")
                .addComment("A browser's CORS preflight is no call of the API.")
                .addStatement("$T applied = $T.isPreFlightRequest(request) ? $T.empty() "
                        + ": policy.resolve(request.getMethod(), path, user != null)",
                        ParameterizedTypeName.get(ClassName.get(Optional.class), policy.nestedClass("Applied")),
                        CORS_UTILS, Optional.class)
                .beginControlFlow("if (applied.isEmpty())")
                .addStatement("return request")
                .endControlFlow()
                .addStatement("$T limit = applied.get().limit()", limit(context))
                .addStatement("$T forwarded = request", SERVLET_REQUEST)
                .addStatement("String caller")
                .beginControlFlow("if (limit.key() == $T.IP_AND_BODY_FIELD)", key)
                .addStatement("$T cached = readAhead(request, response)", rateLimitClass(context, CACHED_BODY_REQUEST))
                .beginControlFlow("if (cached == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("forwarded = cached")
                .addStatement("caller = $S + addresses.of(request) + $S + bodyField(cached.body(), limit.bodyField())",
                        "ip:", " body:")
                .nextControlFlow("else if (limit.key() == $T.USER && user != null)", key)
                .addStatement("caller = $S + user", "user:")
                .nextControlFlow("else")
                .addStatement("caller = $S + addresses.of(request)", "ip:")
                .endControlFlow()
                .addStatement("$T probe = buckets.consume(limit.bucketKey(caller), limit)", CONSUMPTION_PROBE)
                .addStatement("response.setHeader(LIMIT_HEADER, Long.toString(limit.capacity()))")
                .addStatement("response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()))")
                .addStatement("response.setHeader(RESET_HEADER, Long.toString(seconds(probe.getNanosToWaitForReset())))")
                .beginControlFlow("if (probe.isConsumed())")
                .addStatement("return forwarded")
                .endControlFlow()
                .addStatement("reject(request, response, applied.get(), probe)")
                .addStatement("return null")
                .build();
    }

    private static MethodSpec readAhead(EmitContext context, ClassName problems) {
        ClassName limitFilter = context.supportClass(BODY_LIMIT_FILTER);
        ClassName tooLarge = limitFilter.nestedClass("BodyTooLargeException");
        return MethodSpec.methodBuilder("readAhead")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        The request with its body read ahead; null when the body is over the request body limit and the
                        413 problem has been written.
                        """)
                .returns(rateLimitClass(context, CACHED_BODY_REQUEST))
                .addParameter(SERVLET_REQUEST, "request")
                .addParameter(SERVLET_RESPONSE, "response")
                .addException(IOException.class)
                .beginControlFlow("try")
                .addStatement("return new $T(request)", rateLimitClass(context, CACHED_BODY_REQUEST))
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("$T tooLarge = $T.tooLarge(e)", tooLarge, limitFilter)
                .beginControlFlow("if (tooLarge == null)")
                .addStatement("throw e")
                .endControlFlow()
                .addStatement("problems.write(response, problems.body($T.problem(tooLarge.limit()), "
                        + "request.getRequestURI()))", limitFilter)
                .addStatement("return null")
                .endControlFlow()
                .build();
    }

    private static MethodSpec reject(ClassName problems, ClassName policy) {
        return MethodSpec.methodBuilder("reject")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(SERVLET_REQUEST, "request")
                .addParameter(SERVLET_RESPONSE, "response")
                .addParameter(policy.nestedClass("Applied"), "applied")
                .addParameter(CONSUMPTION_PROBE, "probe")
                .addException(IOException.class)
                .addStatement("metrics.rejected(applied.operation())")
                .addStatement("long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()))")
                .addStatement("response.setHeader(RETRY_AFTER_HEADER, Long.toString(retryAfter))")
                .addStatement("String detail = $S + applied.limit().capacity() + $S + applied.limit().period().toSeconds()"
                        + " + $S + retryAfter + $S", "Too many requests: at most ", " per ",
                        " seconds are allowed. Try again in ", " seconds.")
                .addStatement("problems.write(response, problems.body(429, $T.code(429), detail, request.getRequestURI()))",
                        problems)
                .build();
    }

    private static MethodSpec bodyField() {
        return MethodSpec.methodBuilder("bodyField")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("""
                        A top-level field of a JSON body as trimmed lower-case text, so {@code Ann@Example.com} and
                        {@code ann@example.com} share a budget; "" when the body is no JSON object or lacks the field.
                        """)
                .returns(String.class)
                .addParameter(byte[].class, "body")
                .addParameter(String.class, "field")
                .beginControlFlow("try")
                .addStatement("$T tree = JSON.readTree(body)", JSON_NODE)
                .addStatement("$T value = tree == null ? null : tree.get(field)", JSON_NODE)
                .addStatement("return value != null && value.isValueNode() ? value.asString().trim().toLowerCase($T.ROOT) "
                        + ": $S", Locale.class, "")
                .nextControlFlow("catch ($T e)", JACKSON_EXCEPTION)
                .addStatement("return $S", "")
                .endControlFlow()
                .build();
    }

    private static MethodSpec signedInUser(EmitContext context) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("signedInUser")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class);
        if (!context.api().isSecured()) {
            return method.addJavadoc("The contract declares no security: every caller is anonymous.\n")
                    .addStatement("return null")
                    .build();
        }
        return method.addJavadoc("The subject of the caller's verified token; null for a caller without one.\n")
                .addStatement("$T authentication = $T.getContext().getAuthentication()", AUTHENTICATION,
                        SECURITY_CONTEXT_HOLDER)
                .addStatement("return authentication instanceof $T token ? token.getToken().getSubject() : null",
                        JWT_AUTHENTICATION_TOKEN)
                .build();
    }
}
