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

    /**
     * The function's results in the order of {@code elements}; the function must not depend on that order. When an
     * element fails, the first failure in that order is thrown once every element is done: a parallel stream throws as
     * soon as one task fails while others still run, and a writer's caller must not see files appear after its
     * failure.
     */
    public static <T, R> List<R> map(List<T> elements, Function<? super T, ? extends R> function) {
        if (elements.size() < MINIMUM_ELEMENTS || Runtime.getRuntime().availableProcessors() < 2) {
            return elements.stream().<R>map(function).toList();
        }
        List<Outcome<R>> outcomes = elements.parallelStream().map(element -> Outcome.<T, R>of(function, element))
                .toList();
        for (Outcome<R> outcome : outcomes) {
            if (outcome.failure() instanceof RuntimeException failure) {
                throw failure;
            }
            if (outcome.failure() instanceof Error failure) {
                throw failure;
            }
        }
        return outcomes.stream().map(Outcome::value).toList();
    }

    /** One element's result, or what it threw. */
    private record Outcome<R>(R value, Throwable failure) {

        static <T, R> Outcome<R> of(Function<? super T, ? extends R> function, T element) {
            try {
                return new Outcome<>(function.apply(element), null);
            } catch (RuntimeException | Error e) {
                return new Outcome<>(null, e);
            }
        }
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
