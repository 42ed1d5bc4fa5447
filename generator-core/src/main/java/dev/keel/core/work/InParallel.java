package dev.keel.core.work;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Work shared between cores on the common fork-join pool, with results in a fixed order, so a run's output and
 * diagnostics are the same however many cores do the work: a function over a list (short lists stay on the
 * calling thread: handing them to another one costs more than it saves), or one task beside the caller's own.
 */
public final class InParallel {

    /** Below this many elements the work is done in order on the calling thread. */
    static final int MINIMUM_ELEMENTS = 16;

    private InParallel() {
    }

    /** The function's results in the order of {@code elements}; the function must not depend on that order. */
    public static <T, R> List<R> map(List<T> elements, Function<? super T, ? extends R> function) {
        if (elements.size() < MINIMUM_ELEMENTS || Runtime.getRuntime().availableProcessors() < 2) {
            return elements.stream().<R>map(function).toList();
        }
        return elements.parallelStream().<R>map(function).toList();
    }

    /** Starts {@code task} on another thread; {@link #join} takes its result. */
    public static <T> CompletableFuture<T> start(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task);
    }

    /** The task's result, or the unchecked exception it ended with, as the task threw it. */
    public static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
