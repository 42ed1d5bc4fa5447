package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.BUCKET;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code BucketTable}: buckets by budget name, those counted in this instance's memory while Redis cannot be
 * reached and the handles of those kept in Redis, whose local count must outlive a request.
 */
final class BucketTableEmitter extends RateLimitTypeEmitter {

    @Override
    String simpleName() {
        return BUCKET_TABLE;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName entry = self.nestedClass("Entry");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Buckets by budget name. A budget left unused for a whole period is full again, so its bucket is
                        dropped rather than kept.
                        """)
                .addField(FieldSpec.builder(long.class, "SWEEP_INTERVAL_NANOS", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.MINUTES.toNanos(1)", TimeUnit.class)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class),
                                ClassName.get(String.class), entry), "buckets", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ConcurrentHashMap.class)
                        .build())
                .addField(FieldSpec.builder(AtomicLong.class, "nextSweep", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T(System.nanoTime() + SWEEP_INTERVAL_NANOS)", AtomicLong.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("bucket")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The bucket of the budget {@code key}, made by {@code factory} when there is none.\n")
                        .returns(BUCKET)
                        .addParameter(String.class, "key")
                        .addParameter(limit(context), "limit")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class),
                                WildcardTypeName.subtypeOf(BUCKET)), "factory")
                        .addStatement("long now = System.nanoTime()")
                        .addStatement("sweep(now)")
                        .addStatement("$T entry = buckets.computeIfAbsent(key, unused -> new $T(factory.get(), "
                                + "limit.period().toNanos()))", entry, entry)
                        .addStatement("entry.lastUsed = now")
                        .addStatement("return entry.bucket")
                        .build())
                .addMethod(MethodSpec.methodBuilder("sweep")
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Drops the budgets unused for their period, once a minute, by one request.\n")
                        .addParameter(long.class, "now")
                        .addStatement("long due = nextSweep.get()")
                        .beginControlFlow("if (now - due >= 0 && nextSweep.compareAndSet(due, now + "
                                + "SWEEP_INTERVAL_NANOS))")
                        .addStatement("buckets.values().removeIf(entry -> now - entry.lastUsed > entry.periodNanos)")
                        .endControlFlow()
                        .build())
                .addType(TypeSpec.classBuilder(entry)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addField(BUCKET, "bucket", Modifier.FINAL)
                        .addField(long.class, "periodNanos", Modifier.FINAL)
                        .addField(long.class, "lastUsed", Modifier.VOLATILE)
                        .addMethod(MethodSpec.constructorBuilder()
                                .addParameter(BUCKET, "bucket")
                                .addParameter(long.class, "periodNanos")
                                .addStatement("this.bucket = bucket")
                                .addStatement("this.periodNanos = periodNanos")
                                .build())
                        .build());
    }
}
