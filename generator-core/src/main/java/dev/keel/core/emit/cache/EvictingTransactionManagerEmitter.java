package dev.keel.core.emit.cache;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.bind.Bindings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code EvictingTransactionManager}: Spring's JDBC transaction manager, which runs the cache evictions a
 * write's transaction registered after it has returned the transaction's connection to the pool. Spring runs
 * {@code afterCompletion} callbacks while the connection is still held, and an eviction waits for Redis: a
 * connection held meanwhile is one the next request waits for.
 */
final class EvictingTransactionManagerEmitter extends CacheTypeEmitter {

    private static final TypeName FRAMES = ParameterizedTypeName.get(ClassName.get(Deque.class),
            ParameterizedTypeName.get(List.class, Runnable.class));

    EvictingTransactionManagerEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return TRANSACTION_MANAGER;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(CacheTypes.JDBC_TRANSACTION_MANAGER)
                .addJavadoc("""
                        Spring's JDBC transaction manager, which runs the evictions of a write (see {@link $T}) once
                        the write's connection is back in the pool: Spring runs {@code afterCompletion} while the
                        connection is still held, and an eviction talks to Redis, so each write would hold a pooled
                        connection while it does, which the next request waits for. The evictions still run before
                        the transactional method returns, so its caller reads its own write.
                        """, cacheClass(context, RESOURCE_CACHE))
                .addField(logger(self))
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), FRAMES),
                                "RELEASING", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The evictions of each of this thread's open transactions, innermost first.\n")
                        .initializer("new $T<>()", ThreadLocal.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CacheTypes.DATA_SOURCE, "dataSource")
                        .addStatement("super(dataSource)")
                        .build())
                .addMethod(doBegin())
                .addMethod(doCleanupAfterCompletion())
                .addMethod(afterRelease());
    }

    private static MethodSpec doBegin() {
        return MethodSpec.methodBuilder("doBegin")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(Object.class, "transaction")
                .addParameter(CacheTypes.TRANSACTION_DEFINITION, "definition")
                .addStatement("super.doBegin(transaction, definition)")
                .addComment("Only once begun: Spring cleans up after the transactions that began.")
                .addStatement("$T frames = RELEASING.get()", FRAMES)
                .beginControlFlow("if (frames == null)")
                .addStatement("frames = new $T<>()", ArrayDeque.class)
                .addStatement("RELEASING.set(frames)")
                .endControlFlow()
                .addStatement("frames.push(new $T<>())", ArrayList.class)
                .build();
    }

    private static MethodSpec doCleanupAfterCompletion() {
        return MethodSpec.methodBuilder("doCleanupAfterCompletion")
                .addJavadoc("Releases the connection, then runs the evictions the transaction registered.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(Object.class, "transaction")
                .beginControlFlow("try")
                .addStatement("super.doCleanupAfterCompletion(transaction)")
                .nextControlFlow("finally")
                .addStatement("$T frames = RELEASING.get()", FRAMES)
                .addStatement("$T<Runnable> evictions = frames == null || frames.isEmpty() ? $T.of() : frames.pop()",
                        List.class, List.class)
                .beginControlFlow("if (frames != null && frames.isEmpty())")
                .addStatement("RELEASING.remove()")
                .endControlFlow()
                .beginControlFlow("for (Runnable eviction : evictions)")
                .beginControlFlow("try")
                .addStatement("eviction.run()")
                .nextControlFlow("catch (RuntimeException e)")
                .addComment("The commit stands; like Spring's own callbacks, a failing one is logged, not thrown.")
                .addStatement("LOG.error($S, e)", "A cache eviction after the transaction failed")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static MethodSpec afterRelease() {
        return MethodSpec.methodBuilder("afterRelease")
                .addJavadoc("""
                        Called from {@code afterCompletion}: runs {@code eviction} once this manager has released the
                        ending transaction's connection, or now when none of this manager's transactions is open (the
                        application's own manager, or a scope without a transaction).
                        """)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Runnable.class, "eviction")
                .addStatement("$T frames = RELEASING.get()", FRAMES)
                .beginControlFlow("if (frames == null || frames.isEmpty() || !$T.isActualTransactionActive())",
                        CacheTypes.TRANSACTION_SYNCHRONIZATION_MANAGER)
                .addStatement("eviction.run()")
                .addStatement("return")
                .endControlFlow()
                .addStatement("frames.peek().add(eviction)")
                .build();
    }
}
