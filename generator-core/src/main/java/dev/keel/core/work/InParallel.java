package dev.keel.core.work;

import java.util.List;
import java.util.function.Function;

/**
 * Applies a function to every element of a list on the common fork-join pool, keeping the list's order, so a
 * run's output and diagnostics are the same however many cores do the work. Short lists stay on the calling
 * thread: handing them to another one costs more than it saves.
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
}
