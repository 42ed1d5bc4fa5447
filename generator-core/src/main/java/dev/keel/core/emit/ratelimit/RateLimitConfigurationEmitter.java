package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.BEAN;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.BEAN_FACTORY;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.CONDITIONAL_ON_PROPERTY;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.ENABLE_CONFIGURATION_PROPERTIES;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.ENVIRONMENT;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.FILTER_REGISTRATION_BEAN;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.OBJECT_PROVIDER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.REDIS_CONNECTION_FACTORY;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RateLimitConfiguration}: the policy, the buckets and the filter as beans, the filter ordered right
 * after Spring Security's filter chain; {@code keel.rate-limit.enabled=false} leaves all of it out.
 */
final class RateLimitConfigurationEmitter extends RateLimitTypeEmitter {

    /** Spring Boot's default {@code spring.security.filter.order}. */
    static final int SECURITY_FILTER_ORDER = -100;

    @Override
    String simpleName() {
        return CONFIGURATION;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = rateLimitClass(context, PROPERTIES);
        ClassName policy = rateLimitClass(context, POLICY);
        ClassName buckets = rateLimitClass(context, BUCKETS);
        ClassName filter = rateLimitClass(context, FILTER);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(RateLimitTypes.CONFIGURATION)
                        .addMember("proxyBeanMethods", "false").build())
                .addAnnotation(AnnotationSpec.builder(CONDITIONAL_ON_PROPERTY)
                        .addMember("prefix", "$S", RateLimitPropertiesEmitter.PREFIX)
                        .addMember("name", "$S", "enabled")
                        .addMember("matchIfMissing", "true")
                        .build())
                .addAnnotation(AnnotationSpec.builder(ENABLE_CONFIGURATION_PROPERTIES)
                        .addMember("value", "$T.class", properties).build())
                .addJavadoc("""
                        Counts requests against the contract's rate limits (see {@link $T}), in Redis shared by every
                        instance. {@code $L.enabled=false} turns rate limiting off.
                        """, policy, RateLimitPropertiesEmitter.PREFIX)
                .addField(FieldSpec.builder(int.class, "SECURITY_FILTER_ORDER", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Spring Boot's order of Spring Security's filter chain, unless "
                                + "{@code spring.security.filter.order} says otherwise.\n")
                        .initializer("$L", SECURITY_FILTER_ORDER)
                        .build())
                .addMethod(MethodSpec.methodBuilder("rateLimitPolicy")
                        .addAnnotation(BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(policy)
                        .addParameter(properties, "properties")
                        .addStatement("return new $T(properties)", policy)
                        .build())
                .addMethod(MethodSpec.methodBuilder("rateLimitBuckets")
                        .addAnnotation(BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(buckets)
                        .addParameter(properties, "properties")
                        .addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, REDIS_CONNECTION_FACTORY), "redis")
                        .addStatement("return new $T(properties.redis(), redis)", buckets)
                        .build())
                .addMethod(MethodSpec.methodBuilder("rateLimitFilter")
                        .addAnnotation(BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A bean of its own, so Spring Security's entry point can count the requests it refuses.\n")
                        .returns(filter)
                        .addParameter(policy, "policy")
                        .addParameter(buckets, "buckets")
                        .addParameter(properties, "properties")
                        .addParameter(context.supportClass(PROBLEM_FACTORY), "problems")
                        .addParameter(BEAN_FACTORY, "beans")
                        .addStatement("return new $T(policy, buckets, new $T(properties.trustedProxies()), "
                                + "new $T(beans), problems)", filter, rateLimitClass(context, CLIENT_ADDRESSES),
                                rateLimitClass(context, METRICS))
                        .build())
                .addMethod(MethodSpec.methodBuilder("rateLimitFilterRegistration")
                        .addAnnotation(BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Right after Spring Security's filter chain, so the signed-in user is known.\n")
                        .returns(ParameterizedTypeName.get(FILTER_REGISTRATION_BEAN, filter))
                        .addParameter(filter, "filter")
                        .addParameter(ENVIRONMENT, "environment")
                        .addStatement("$T<$T> registration = new $T<>(filter)", FILTER_REGISTRATION_BEAN, filter,
                                FILTER_REGISTRATION_BEAN)
                        .addStatement("registration.setOrder(environment.getProperty($S, Integer.class, "
                                + "SECURITY_FILTER_ORDER) + 10)", "spring.security.filter.order")
                        .addStatement("return registration")
                        .build());
    }
}
