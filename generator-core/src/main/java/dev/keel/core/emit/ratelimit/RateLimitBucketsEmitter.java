package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.ABSTRACT_REDIS_CLIENT;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.BUCKET;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.BUCKET4J_LETTUCE;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.BUCKET_PROXY;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.BYTE_ARRAY_CODEC;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.CONSUMPTION_PROBE;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.DELAY_PARAMETERS;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.DISPOSABLE_BEAN;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.EXPIRATION_AFTER_WRITE;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.LETTUCE_CONNECTION_FACTORY;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.OBJECT_PROVIDER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.OPTIMIZATION;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.OPTIMIZATIONS;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.PROXY_MANAGER;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.REDIS_CLIENT;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.REDIS_CLUSTER_CLIENT;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.REDIS_CONNECTION_FACTORY;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.SMART_LIFECYCLE;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.STATEFUL_CLUSTER_CONNECTION;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.STATEFUL_CONNECTION;
import static dev.keel.core.emit.ratelimit.RateLimitTypes.STATEFUL_REDIS_CONNECTION;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code RateLimitBuckets}: budgets in the application's Redis through Bucket4j's Lettuce proxy manager, so
 * that every instance shares them, and in this instance's memory while Redis cannot be reached.
 */
final class RateLimitBucketsEmitter extends RateLimitTypeEmitter {

    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    @Override
    String simpleName() {
        return BUCKETS;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName shared = self.nestedClass("Shared");
        ClassName properties = rateLimitClass(context, PROPERTIES);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(SMART_LIFECYCLE)
                .addSuperinterface(DISPOSABLE_BEAN)
                .addJavadoc("""
                        Every budget, kept in Redis through Bucket4j's Lettuce proxy manager so that all instances of
                        the application share it. A budget large enough is counted in each instance and told to Redis
                        in batches ({@code $L.redis.local-share}), so that a busy budget costs Redis a round trip every
                        so many requests rather than two per request. While Redis cannot be reached each instance
                        counts in its own memory: no request fails for it, the outage is logged when it starts and
                        then at most once a minute, and Redis is tried again every {@code $L.redis.retry-interval}.
                        Stopping the context closes the connection and starting it again connects at once, before the
                        next request.
                        """, RateLimitPropertiesEmitter.PREFIX, RateLimitPropertiesEmitter.PREFIX)
                .addFields(fields(self, context, shared))
                .addMethod(constructor(self, properties))
                .addMethod(start())
                .addMethod(stop(shared))
                .addMethod(MethodSpec.methodBuilder("isRunning")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return running")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getPhase")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return PHASE")
                        .build())
                .addMethod(consume(context, shared))
                .addMethod(remote(context))
                .addMethod(sharedBuckets(shared))
                .addMethod(connect(shared))
                .addMethod(open(shared, rateLimitClass(context, BUCKET_TABLE)))
                .addMethod(lost(shared))
                .addMethod(unreachable())
                .addMethod(connectorThread())
                .addMethod(MethodSpec.methodBuilder("describe")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(Throwable.class, "failure")
                        .addStatement("return failure == null ? $S : failure.getClass().getSimpleName() + $S + "
                                + "failure.getMessage()", "the connection closed", ": ")
                        .build())
                .addMethod(destroy(shared))
                .addType(TypeSpec.recordBuilder(shared)
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("A connection to Redis and the budgets kept through it.\n")
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(ParameterizedTypeName.get(STATEFUL_CONNECTION, BYTES, BYTES), "connection")
                                .addParameter(ParameterizedTypeName.get(PROXY_MANAGER, BYTES), "manager")
                                .addParameter(rateLimitClass(context, BUCKET_TABLE), "buckets")
                                .build())
                        .build());
    }

    private static List<FieldSpec> fields(ClassName self, EmitContext context, ClassName shared) {
        ClassName local = rateLimitClass(context, BUCKET_TABLE);
        return List.of(
                logger(self),
                constant(String.class, "KEY_PREFIX", "$S", "keel:rate-limit:"),
                constant(long.class, "LOG_INTERVAL_NANOS", "$T.MINUTES.toNanos(1)", TimeUnit.class),
                constant(Duration.class, "KEEP_FULL_BUCKETS", "$T.ofSeconds(10)", Duration.class),
                FieldSpec.builder(int.class, "PHASE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("""
                                Stopped after the web server (its phases are just below {@code DEFAULT_PHASE}) and
                                before Lettuce's connection factory (phase 0) shuts the client down.
                                """)
                        .initializer("$T.DEFAULT_PHASE - 4096", SMART_LIFECYCLE)
                        .build(),
                field(local, "local", "new $T()", local),
                field(LETTUCE_CONNECTION_FACTORY, "redis", null, null),
                field(ClassName.get(Duration.class), "timeout", null, null),
                field(TypeName.DOUBLE, "localShare", null, null),
                field(ClassName.get(Duration.class), "syncInterval", null, null),
                field(TypeName.LONG, "retryNanos", null, null),
                field(ClassName.get(ExecutorService.class), "connector", null, null),
                field(ParameterizedTypeName.get(ClassName.get(AtomicReference.class), shared), "shared", "new $T<>()",
                        AtomicReference.class),
                field(ClassName.get(AtomicBoolean.class), "connecting", "new $T()", AtomicBoolean.class),
                FieldSpec.builder(long.class, "nextAttempt", Modifier.PRIVATE, Modifier.VOLATILE)
                        .initializer("System.nanoTime()").build(),
                FieldSpec.builder(long.class, "nextFailureLog", Modifier.PRIVATE, Modifier.VOLATILE)
                        .initializer("System.nanoTime()").build(),
                FieldSpec.builder(boolean.class, "degraded", Modifier.PRIVATE, Modifier.VOLATILE).build(),
                FieldSpec.builder(boolean.class, "running", Modifier.PRIVATE, Modifier.VOLATILE).build());
    }

    /** A private final field, initialised where it is declared when {@code initializer} is given. */
    private static FieldSpec field(TypeName type, String name, String initializer, Object argument) {
        FieldSpec.Builder field = FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL);
        if (initializer != null) {
            field.initializer(initializer, argument);
        }
        return field.build();
    }

    private static MethodSpec start() {
        return MethodSpec.methodBuilder("start")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Connects before the application serves its first request, and again when a stopped context
                        starts: a first connection sets Lettuce up and can take seconds, which no request should wait
                        for or count in memory.
                        """)
                .addStatement("running = true")
                .beginControlFlow("if (redis != null && connecting.compareAndSet(false, true))")
                .addStatement("nextAttempt = System.nanoTime() + retryNanos")
                .addStatement("connect()")
                .endControlFlow()
                .build();
    }

    private static MethodSpec stop(ClassName shared) {
        return MethodSpec.methodBuilder("stop")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Closes the connection before Lettuce's client shuts down with the context; no outage, so
                        nothing is logged and {@link #start()} connects again.
                        """)
                .addStatement("running = false")
                .addStatement("$T current = shared.getAndSet(null)", shared)
                .beginControlFlow("if (current != null && current.connection().isOpen())")
                .addStatement("current.connection().closeAsync()")
                .endControlFlow()
                .build();
    }

    private static MethodSpec connectorThread() {
        return MethodSpec.methodBuilder("connectorThread")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Connects in the background; a daemon, so it never holds the JVM up.\n")
                .returns(Thread.class)
                .addParameter(Runnable.class, "task")
                .addStatement("Thread thread = new Thread(task, $S)", "keel-rate-limit-redis")
                .addStatement("thread.setDaemon(true)")
                .addStatement("return thread")
                .build();
    }

    private static MethodSpec destroy(ClassName shared) {
        return MethodSpec.methodBuilder("destroy")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("connector.shutdownNow()")
                .addStatement("$T current = shared.getAndSet(null)", shared)
                .addComment("Shutting Spring's connection factory down may have closed it already.")
                .beginControlFlow("if (current != null && current.connection().isOpen())")
                .addStatement("current.connection().closeAsync()")
                .endControlFlow()
                .build();
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object argument) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, argument)
                .build();
    }

    private static MethodSpec constructor(ClassName self, ClassName properties) {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(properties.nestedClass("Redis"), "settings")
                .addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, REDIS_CONNECTION_FACTORY), "factories")
                .beginControlFlow("if (!(settings.localShare() >= 0 && settings.localShare() < 1))")
                .addStatement("throw new $T($S + settings.localShare())", IllegalStateException.class,
                        RateLimitPropertiesEmitter.PREFIX + ".redis.local-share must be at least 0 and less than 1, "
                                + "not ")
                .endControlFlow()
                .addStatement("this.timeout = settings.timeout()")
                .addStatement("this.localShare = settings.localShare()")
                .addStatement("this.syncInterval = settings.syncInterval()")
                .addStatement("this.retryNanos = settings.retryInterval().toNanos()")
                .addStatement("$T factory = settings.enabled() ? factories.getIfAvailable() : null",
                        REDIS_CONNECTION_FACTORY)
                .beginControlFlow("if (factory instanceof $T lettuce)", LETTUCE_CONNECTION_FACTORY)
                .addStatement("this.redis = lettuce")
                .nextControlFlow("else")
                .addStatement("this.redis = null")
                .addStatement("LOG.warn($S, settings.enabled() ? $S : $S)",
                        "Each instance counts rate limits in its own memory: {}",
                        "the application has no Lettuce connection to Redis",
                        RateLimitPropertiesEmitter.PREFIX + ".redis.enabled is false")
                .endControlFlow()
                .addStatement("this.connector = $T.newSingleThreadExecutor($T::connectorThread)", Executors.class,
                        self)
                .build();
    }

    private static MethodSpec consume(EmitContext context, ClassName shared) {
        return MethodSpec.methodBuilder("consume")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Takes one request from the budget named {@code key}: Redis's while it answers, else this "
                        + "instance's.\n")
                .returns(CONSUMPTION_PROBE)
                .addParameter(String.class, "key")
                .addParameter(limit(context), "limit")
                .addStatement("$T current = sharedBuckets()", shared)
                .beginControlFlow("if (current != null)")
                .beginControlFlow("try")
                .addStatement("return current.buckets().bucket(key, limit, () -> remote(current.manager(), key, limit))"
                        + ".tryConsumeAndReturnRemaining(1)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("lost(current, e)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return local.bucket(key, limit, () -> $T.builder().addLimit(limit.bandwidth()).build())"
                        + ".tryConsumeAndReturnRemaining(1)", BUCKET)
                .build();
    }

    private static MethodSpec remote(EmitContext context) {
        return MethodSpec.methodBuilder("remote")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        The handle of the budget {@code key} in Redis. When {@code localShare} of its capacity is a
                        request or more, this instance counts up to that many requests, for up to {@code syncInterval},
                        before it tells Redis; otherwise every request is counted in Redis. Either way concurrent
                        requests of one budget share a round trip.
                        """)
                .returns(BUCKET_PROXY)
                .addParameter(ParameterizedTypeName.get(PROXY_MANAGER, BYTES), "manager")
                .addParameter(String.class, "key")
                .addParameter(limit(context), "limit")
                .addStatement("byte[] name = (KEY_PREFIX + key).getBytes($T.UTF_8)", StandardCharsets.class)
                .addStatement("long unsynchronized = (long) (limit.capacity() * localShare)")
                .addStatement("$T optimization = unsynchronized >= 1 ? $T.delaying(new $T(unsynchronized, "
                        + "syncInterval)) : $T.batching()", OPTIMIZATION, OPTIMIZATIONS, DELAY_PARAMETERS,
                        OPTIMIZATIONS)
                .addStatement("return manager.builder().withOptimization(optimization).build(name, "
                        + "limit::configuration)")
                .build();
    }

    private static MethodSpec sharedBuckets(ClassName shared) {
        return MethodSpec.methodBuilder("sharedBuckets")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        The budgets in Redis, or null while it cannot be reached. When a new attempt is due, this request
                        waits for it up to {@code timeout}; an attempt that takes longer goes on for later requests.
                        """)
                .returns(shared)
                .addStatement("$T current = shared.get()", shared)
                .beginControlFlow("if (current != null && current.connection().isOpen())")
                .addStatement("return current")
                .endControlFlow()
                .beginControlFlow("if (current != null)")
                .addStatement("lost(current, null)")
                .endControlFlow()
                .beginControlFlow("if (redis == null || !running || System.nanoTime() - nextAttempt < 0 "
                        + "|| !connecting.compareAndSet(false, true))")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("nextAttempt = System.nanoTime() + retryNanos")
                .beginControlFlow("try")
                .addStatement("$T<$T> attempt = connector.submit(this::connect)", Future.class, shared)
                .addStatement("return attempt.get(timeout.toNanos(), $T.NANOSECONDS)", TimeUnit.class)
                .nextControlFlow("catch ($T | $T e)", TimeoutException.class, ExecutionException.class)
                .addStatement("return null")
                .nextControlFlow("catch ($T e)", RejectedExecutionException.class)
                .addStatement("connecting.set(false)")
                .addStatement("return null")
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("Thread.currentThread().interrupt()")
                .addStatement("return null")
                .endControlFlow()
                .build();
    }

    private static MethodSpec connect(ClassName shared) {
        return MethodSpec.methodBuilder("connect")
                .addModifiers(Modifier.PRIVATE)
                .returns(shared)
                .beginControlFlow("try")
                .addStatement("$T connected = open(redis.getRequiredNativeClient())", shared)
                .addStatement("shared.set(connected)")
                .beginControlFlow("if (degraded)")
                .addStatement("degraded = false")
                .addStatement("LOG.info($S)", "Redis answers again: rate limits are shared by every instance")
                .nextControlFlow("else")
                .addStatement("LOG.info($S)", "Rate limits are counted in Redis, shared by every instance")
                .endControlFlow()
                .addStatement("return connected")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("unreachable(e)")
                .addStatement("return null")
                .nextControlFlow("finally")
                .addStatement("connecting.set(false)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec open(ClassName shared, ClassName table) {
        return MethodSpec.methodBuilder("open")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("A connection of its own, with byte keys and values as Bucket4j keeps them.\n")
                .returns(shared)
                .addParameter(ABSTRACT_REDIS_CLIENT, "client")
                .addStatement("$T expiration = $T.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS)",
                        EXPIRATION_AFTER_WRITE, EXPIRATION_AFTER_WRITE)
                .beginControlFlow("if (client instanceof $T cluster)", REDIS_CLUSTER_CLIENT)
                .addStatement("$T connection = cluster.connect($T.INSTANCE)",
                        ParameterizedTypeName.get(STATEFUL_CLUSTER_CONNECTION, BYTES, BYTES), BYTE_ARRAY_CODEC)
                .addStatement("connection.setTimeout(timeout)")
                .addStatement("return new $T(connection, $T.casBasedBuilder(connection).requestTimeout(timeout)"
                        + ".expirationAfterWrite(expiration).build(), new $T())", shared, BUCKET4J_LETTUCE, table)
                .endControlFlow()
                .addStatement("$T connection = (($T) client).connect($T.INSTANCE)",
                        ParameterizedTypeName.get(STATEFUL_REDIS_CONNECTION, BYTES, BYTES), REDIS_CLIENT,
                        BYTE_ARRAY_CODEC)
                .addStatement("connection.setTimeout(timeout)")
                .addStatement("return new $T(connection, $T.casBasedBuilder(connection).requestTimeout(timeout)"
                        + ".expirationAfterWrite(expiration).build(), new $T())", shared, BUCKET4J_LETTUCE, table)
                .build();
    }

    private static MethodSpec lost(ClassName shared) {
        return MethodSpec.methodBuilder("lost")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Drops a connection that failed; the first request to notice logs it.\n")
                .addParameter(shared, "current")
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("if (shared.compareAndSet(current, null))")
                .addStatement("current.connection().closeAsync()")
                .addStatement("degraded = true")
                .addStatement("nextAttempt = System.nanoTime() + retryNanos")
                .addStatement("nextFailureLog = System.nanoTime() + LOG_INTERVAL_NANOS")
                .addStatement("LOG.warn($S, describe(failure))", "Redis stopped answering ({}): each instance counts "
                        + "rate limits in its own memory until it answers again")
                .endControlFlow()
                .build();
    }

    private static MethodSpec unreachable() {
        return MethodSpec.methodBuilder("unreachable")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("A failed attempt to connect, logged at most once a minute.\n")
                .addParameter(RuntimeException.class, "failure")
                .addStatement("degraded = true")
                .addStatement("long now = System.nanoTime()")
                .beginControlFlow("if (now - nextFailureLog >= 0)")
                .addStatement("nextFailureLog = now + LOG_INTERVAL_NANOS")
                .addStatement("LOG.warn($S, describe(failure), $T.ofNanos(retryNanos))", "Redis cannot be reached ({}): "
                        + "each instance counts rate limits in its own memory; trying again every {}", Duration.class)
                .endControlFlow()
                .build();
    }
}
