package dev.keel.core.emit.cache;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CacheLink}: the caches' way to Redis, with a short timeout, a window after a failure in which Redis
 * is skipped, a heartbeat that notices an outage and the return, and the pub/sub messages that evict entries in the
 * other instances' memory.
 */
final class CacheLinkEmitter extends CacheTypeEmitter {

    private static final ClassName SYNC_COMMANDS = ClassName.get("io.lettuce.core.api.sync", "RedisCommands");
    private static final ClassName ASYNC_COMMANDS = ClassName.get("io.lettuce.core.api.async", "RedisAsyncCommands");
    private static final ClassName REDIS_FUTURE = ClassName.get("io.lettuce.core", "RedisFuture");
    private static final TypeName BYTES = com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE);
    private static final ClassName CLOSED_LISTENER = ClassName.get("org.springframework.context", "ApplicationListener");
    private static final ClassName CONTEXT_CLOSED = ClassName.get("org.springframework.context.event",
            "ContextClosedEvent");

    CacheLinkEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return LINK;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = cacheClass(context, PROPERTIES);
        TypeName connection = ParameterizedTypeName.get(CacheTypes.STATEFUL_CONNECTION, ClassName.get(String.class),
                BYTES);
        TypeName commands = ParameterizedTypeName.get(SYNC_COMMANDS, ClassName.get(String.class), BYTES);
        TypeName asyncCommands = ParameterizedTypeName.get(ASYNC_COMMANDS, ClassName.get(String.class), BYTES);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(CacheTypes.SMART_INITIALIZING_SINGLETON)
                .addSuperinterface(CacheTypes.DISPOSABLE_BEAN)
                .addSuperinterface(ParameterizedTypeName.get(CLOSED_LISTENER, CONTEXT_CLOSED))
                .addJavadoc("""
                        The shared level of every cache: one hash in Redis per cache, reached through a Lettuce
                        connection of its own with a short timeout. While Redis cannot be reached, {@link #available()}
                        is false and the caches step aside, so reads go to the database; the failure is logged and
                        counted at most once a minute, and a heartbeat tries Redis again after
                        {@code keel.cache.redis.retry-interval}, so caching resumes by itself.
                        """)
                .addField(logger(self))
                .addField(FieldSpec.builder(long.class, "LOG_INTERVAL_NANOS", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.MINUTES.toNanos(1)", TimeUnit.class).build())
                .addField(FieldSpec.builder(String.class, "PUT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Adds an entry to a cache's hash; a new hash expires after the cache's time to live.\n")
                        .initializer("$S", "redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) if redis.call('TTL', KEYS[1]) "
                                + "< 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end return 1")
                        .build())
                .addField(FieldSpec.builder(String.class, "EVICT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("""
                                Removes an entry and announces it, in one command: a write evicts after its commit.
                                """)
                        .initializer("$S", "redis.call('HDEL', KEYS[1], ARGV[1]) redis.call('PUBLISH', ARGV[2], ARGV[3]) "
                                + "return 1")
                        .build())
                .addField(FieldSpec.builder(String.class, "CLEAR", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Removes a cache's hash and announces it, in one command.\n")
                        .initializer("$S", "redis.call('DEL', KEYS[1]) redis.call('PUBLISH', ARGV[1], ARGV[2]) return 1")
                        .build())
                .addField(properties.nestedClass("Redis"), "settings", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ParameterizedTypeName.get(CacheTypes.OBJECT_PROVIDER, CacheTypes.REDIS_CONNECTION_FACTORY),
                        "factories", Modifier.PRIVATE, Modifier.FINAL)
                .addField(LongAdder.class, "failures", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, Runnable.class), "outageListeners",
                        Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", CopyOnWriteArrayList.class).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "unevicted",
                        Modifier.PRIVATE, Modifier.FINAL).initializer("$T.newKeySet()", ConcurrentHashMap.class).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(Map.class, String.class, Integer.class), "pending",
                                Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Evictions sent and not yet answered, per cache.\n")
                        .initializer("new $T<>()", ConcurrentHashMap.class).build())
                .addField(ScheduledExecutorService.class, "heartbeat", Modifier.PRIVATE, Modifier.FINAL)
                .addField(CacheTypes.REDIS_CLIENT, "client", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(connection, "connection", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(CacheTypes.LISTENER_CONTAINER, "listener", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(boolean.class, "up", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(boolean.class, "degraded", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(boolean.class, "closing", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(long.class, "nextAttempt", Modifier.PRIVATE, Modifier.VOLATILE)
                .addField(FieldSpec.builder(long.class, "nextFailureLog", Modifier.PRIVATE, Modifier.VOLATILE)
                        .initializer("$T.nanoTime()", System.class).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(properties.nestedClass("Redis"), "settings")
                        .addParameter(ParameterizedTypeName.get(CacheTypes.OBJECT_PROVIDER,
                                CacheTypes.REDIS_CONNECTION_FACTORY), "factories")
                        .addParameter(cacheClass(context, METRICS), "metrics")
                        .addStatement("this.settings = settings")
                        .addStatement("this.factories = factories")
                        .addStatement("this.failures = metrics.counter($T.REDIS_FAILURES)", cacheClass(context, METRICS))
                        .addStatement("this.heartbeat = $T.newSingleThreadScheduledExecutor($T::heartbeatThread)",
                                Executors.class, self)
                        .build())
                .addMethod(start(context))
                .addMethods(accessors())
                .addMethod(read(connection))
                .addMethod(write())
                .addMethod(evict())
                .addMethod(clear())
                .addMethod(command(connection, commands))
                .addMethod(sendEviction(connection, asyncCommands))
                .addMethod(answered())
                .addMethod(check(connection))
                .addMethod(lost())
                .addMethods(lifecycle(connection));
    }

    private static MethodSpec start(EmitContext context) {
        return MethodSpec.methodBuilder("afterSingletonsInstantiated")
                .addJavadoc("Connects before the first request; an outage is noticed at once through Lettuce's events.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("$T factory = factories.getIfAvailable()", CacheTypes.REDIS_CONNECTION_FACTORY)
                .beginControlFlow("if (!(factory instanceof $T lettuce) || !(lettuce.getRequiredNativeClient() "
                        + "instanceof $T redis))", CacheTypes.LETTUCE_CONNECTION_FACTORY, CacheTypes.REDIS_CLIENT)
                .addStatement("LOG.warn($S)", "Reads are not cached: caching needs the application's Lettuce "
                        + "connection to a single Redis (spring.data.redis)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("client = redis")
                .addStatement("redis.getResources().eventBus().get().subscribe(event -> {\n"
                        + "if (event instanceof $T) {\nlost(null);\n}\n})", CacheTypes.DISCONNECTED_EVENT)
                .addStatement("check()")
                .addStatement("long period = $T.max(50, $T.min(settings.retryInterval().toMillis(), 1000))",
                        Math.class, Math.class)
                .addStatement("heartbeat.scheduleWithFixedDelay(this::check, period, period, $T.MILLISECONDS)",
                        TimeUnit.class)
                .build();
    }

    private static MethodSpec read(TypeName connection) {
        return MethodSpec.methodBuilder("read")
                .addJavadoc("The entry {@code field} of {@code cache}; null when there is none or Redis does not "
                        + "answer.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(BYTES)
                .addParameter(String.class, "cache")
                .addParameter(String.class, "field")
                .addStatement("$T current = connection", connection)
                .beginControlFlow("if (!up || current == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("return current.sync().hget(settings.keyPrefix() + cache, field)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("lost(e)")
                .addStatement("return null")
                .endControlFlow()
                .build();
    }

    private static MethodSpec write() {
        return MethodSpec.methodBuilder("write")
                .addJavadoc("Keeps an entry; false when Redis did not take it.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(String.class, "cache")
                .addParameter(String.class, "field")
                .addParameter(BYTES, "value")
                .addParameter(Duration.class, "ttl")
                .addStatement("byte[] seconds = $T.toString($T.max(1, ttl.toSeconds())).getBytes($T.UTF_8)",
                        Long.class, Math.class, StandardCharsets.class)
                .addStatement("return up && command(redis -> redis.eval(PUT, $T.INTEGER, new String[] "
                        + "{settings.keyPrefix() + cache}, field.getBytes($T.UTF_8), value, seconds))",
                        CacheTypes.SCRIPT_OUTPUT_TYPE, StandardCharsets.class)
                .build();
    }

    private static MethodSpec evict() {
        return MethodSpec.methodBuilder("evict")
                .addJavadoc("""
                        Removes an entry and tells every instance to drop it from memory. Without Redis the cache is
                        remembered and emptied once Redis answers again, so no entry outlives a write it missed.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "cache")
                .addParameter(String.class, "field")
                .addStatement("sendEviction(cache, redis -> redis.eval(EVICT, $T.INTEGER, new String[] "
                        + "{settings.keyPrefix() + cache},$Wfield.getBytes($T.UTF_8), channel().getBytes($T.UTF_8), "
                        + "message(cache, field)))", CacheTypes.SCRIPT_OUTPUT_TYPE, StandardCharsets.class,
                        StandardCharsets.class)
                .build();
    }

    private static MethodSpec clear() {
        return MethodSpec.methodBuilder("clear")
                .addJavadoc("Removes every entry of {@code cache}, here and in every instance's memory.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "cache")
                .addStatement("sendEviction(cache, redis -> redis.eval(CLEAR, $T.INTEGER, new String[] "
                        + "{settings.keyPrefix() + cache},$Wchannel().getBytes($T.UTF_8), message(cache, $S)))",
                        CacheTypes.SCRIPT_OUTPUT_TYPE, StandardCharsets.class, "")
                .build();
    }

    private static MethodSpec sendEviction(TypeName connection, TypeName asyncCommands) {
        TypeName future = ParameterizedTypeName.get(REDIS_FUTURE, WildcardTypeName.subtypeOf(Object.class));
        return MethodSpec.methodBuilder("sendEviction")
                .addJavadoc("""
                        Sends an eviction without waiting for Redis's answer: Redis runs one connection's commands in
                        the order they were sent, so this instance's reads after it already miss, and a write does not
                        wait a round trip (under load, most of a create's time). A cache whose eviction fails, or is
                        still unanswered when Redis comes back after an outage, is emptied then, like one whose
                        eviction could not be sent.
                        """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "cache")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), asyncCommands, future), "command")
                .addStatement("$T current = connection", connection)
                .beginControlFlow("if (!up || current == null)")
                .addStatement("unevicted.add(cache)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("pending.merge(cache, 1, Integer::sum)")
                .beginControlFlow("try")
                .addStatement("command.apply(current.async()).whenComplete((ignored, failure) -> answered(cache, "
                        + "failure))")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("answered(cache, e)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec answered() {
        return MethodSpec.methodBuilder("answered")
                .addJavadoc("Redis answered an eviction of {@code cache}, or it failed ({@code failure}).\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "cache")
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("if (failure != null)")
                .addStatement("unevicted.add(cache)")
                .addStatement("lost(failure)")
                .endControlFlow()
                .addStatement("pending.computeIfPresent(cache, (name, count) -> count == 1 ? null : count - 1)")
                .build();
    }

    private static MethodSpec command(TypeName connection, TypeName commands) {
        return MethodSpec.methodBuilder("command")
                .addModifiers(Modifier.PRIVATE)
                .returns(boolean.class)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), commands), "command")
                .addStatement("$T current = connection", connection)
                .beginControlFlow("if (current == null)")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("command.accept(current.sync())")
                .addStatement("return true")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("lost(e)")
                .addStatement("return false")
                .endControlFlow()
                .build();
    }

    private static MethodSpec check(TypeName connection) {
        return MethodSpec.methodBuilder("check")
                .addJavadoc("""
                        The heartbeat: pings Redis while it answers; after a failure, once the retry interval has
                        passed, connects again, empties the caches that missed an eviction and resumes caching.
                        """)
                .addModifiers(Modifier.PRIVATE, Modifier.SYNCHRONIZED)
                .beginControlFlow("try")
                .beginControlFlow("if (up)")
                .addStatement("connection.sync().ping()")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (client == null || $T.nanoTime() - nextAttempt < 0)", System.class)
                .addStatement("return")
                .endControlFlow()
                .addStatement("nextAttempt = $T.nanoTime() + settings.retryInterval().toNanos()", System.class)
                .beginControlFlow("if (listener != null && listener.isRunning())")
                .addStatement("listener.stop()")
                .endControlFlow()
                .addStatement("$T current = connection", connection)
                .beginControlFlow("if (current == null || !current.isOpen())")
                .addStatement("current = client.connect($T.of($T.UTF8, $T.INSTANCE))", CacheTypes.REDIS_CODEC,
                        CacheTypes.STRING_CODEC, CacheTypes.BYTE_ARRAY_CODEC)
                .addStatement("current.setTimeout(settings.timeout())")
                .addStatement("connection = current")
                .endControlFlow()
                .addStatement("current.sync().ping()")
                .beginControlFlow("if (listener != null)")
                .addStatement("listener.start()")
                .endControlFlow()
                .addStatement("$T<String> missed = new $T<>(unevicted)", Set.class, HashSet.class)
                .addStatement("missed.addAll(pending.keySet())")
                .beginControlFlow("for (String cache : missed)")
                .addStatement("current.sync().del(settings.keyPrefix() + cache)")
                .addStatement("unevicted.remove(cache)")
                .endControlFlow()
                .addStatement("outageListeners.forEach(Runnable::run)")
                .addStatement("up = true")
                .beginControlFlow("if (degraded)")
                .addStatement("degraded = false")
                .addStatement("LOG.info($S)", "Redis answers again: reads are cached again")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("lost(e)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec lost() {
        return MethodSpec.methodBuilder("lost")
                .addJavadoc("""
                        Redis failed ({@code failure}) or a connection to it closed (null): skip it until the retry
                        interval has passed, drop what memory holds, and log and count the failure once a minute.
                        """)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("if (up)")
                .addStatement("up = false")
                .addStatement("nextAttempt = $T.nanoTime() + settings.retryInterval().toNanos()", System.class)
                .addStatement("outageListeners.forEach(Runnable::run)")
                .endControlFlow()
                .beginControlFlow("if (closing)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("degraded = true")
                .addStatement("long now = $T.nanoTime()", System.class)
                .beginControlFlow("if (now - nextFailureLog >= 0)")
                .addStatement("nextFailureLog = now + LOG_INTERVAL_NANOS")
                .addStatement("failures.increment()")
                .addStatement("LOG.warn($S, failure == null ? $S : failure.getClass().getSimpleName() + $S "
                        + "+ failure.getMessage(), settings.retryInterval())", "Redis cannot be reached ({}): reads are "
                        + "served from the database, and Redis is tried again every {}", "a connection closed", ": ")
                .endControlFlow()
                .build();
    }
    private static java.util.List<MethodSpec> accessors() {
        return java.util.List.of(
                MethodSpec.methodBuilder("available")
                        .addJavadoc("Whether Redis answered last time: the caches are used only while it does.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return up")
                        .build(),
                MethodSpec.methodBuilder("onOutage")
                        .addJavadoc("Runs {@code listener} when Redis stops answering and before caching resumes: "
                                + "evictions\nother instances sent meanwhile were lost.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Runnable.class, "listener")
                        .addStatement("outageListeners.add(listener)")
                        .build(),
                MethodSpec.methodBuilder("listenThrough")
                        .addJavadoc("""
                                The container that hears other instances' evictions: started once Redis answers and
                                restarted whenever Redis comes back, before anything is cached again.
                                """)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CacheTypes.LISTENER_CONTAINER, "container")
                        .addStatement("this.listener = container")
                        .build(),
                MethodSpec.methodBuilder("channel")
                        .addJavadoc("The pub/sub channel of evictions.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return settings.keyPrefix() + $S", "evictions")
                        .build());
    }
    private static java.util.List<MethodSpec> lifecycle(TypeName connection) {
        return java.util.List.of(
                MethodSpec.methodBuilder("message")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(BYTES)
                        .addParameter(String.class, "cache")
                        .addParameter(String.class, "field")
                        .addStatement("return (cache + '\\n' + field).getBytes($T.UTF_8)", StandardCharsets.class)
                        .build(),
                MethodSpec.methodBuilder("heartbeatThread")
                        .addJavadoc("A daemon, so it never holds the JVM up.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(Thread.class)
                        .addParameter(Runnable.class, "task")
                        .addStatement("$T thread = new $T(task, $S)", Thread.class, Thread.class, "keel-cache-redis")
                        .addStatement("thread.setDaemon(true)")
                        .addStatement("return thread")
                        .build(),
                MethodSpec.methodBuilder("onApplicationEvent")
                        .addJavadoc("The application is closing: connections closing now are no outage.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CONTEXT_CLOSED, "event")
                        .addStatement("closing = true")
                        .build(),
                MethodSpec.methodBuilder("destroy")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("heartbeat.shutdownNow()")
                        .addStatement("up = false")
                        .addStatement("$T current = connection", connection)
                        .beginControlFlow("if (current != null && current.isOpen())")
                        .addStatement("current.closeAsync()")
                        .endControlFlow()
                        .build());
    }
}
