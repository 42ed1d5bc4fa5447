package dev.keel.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void keepsTheOrderOfTheElementsHoweverTheWorkIsShared() {
        List<Integer> numbers = IntStream.range(0, 2_000).boxed().toList();

        List<String> texts = InParallel.map(numbers, number -> "n" + number);

        assertThat(texts).hasSize(2_000).startsWith("n0", "n1", "n2").endsWith("n1998", "n1999");
        assertThat(texts).isEqualTo(numbers.stream().map(number -> "n" + number).toList());
    }

    @Test
    void aFailureOfOneElementReachesTheCaller() {
        List<Integer> numbers = IntStream.range(0, 100).boxed().toList();

        assertThatThrownBy(() -> InParallel.map(numbers, number -> {
            if (number == 57) {
                throw new UncheckedIOException("disk full at 57", new java.io.IOException("disk full"));
            }
            return number;
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full at 57");
    }

    @Test
    void aFailureReachesTheCallerOnlyOnceEveryOtherElementIsDone() {
        List<Integer> numbers = IntStream.range(0, 200).boxed().toList();
        AtomicInteger done = new AtomicInteger();

        assertThatThrownBy(() -> InParallel.map(numbers, number -> {
            if (number == 0) {
                throw new IllegalStateException("first element fails at once");
            }
            sleepMillis(2);
            return done.incrementAndGet();
        })).isInstanceOf(IllegalStateException.class);

        assertThat(done.get()).as("elements finished before the failure was thrown").isEqualTo(199);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
