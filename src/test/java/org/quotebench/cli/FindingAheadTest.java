package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class FindingAheadTest {
    /** The first text's finding waits until the second's is done: the second finishes first, and is still handed over second. */
    @Test
    void resultsAreHandedOverInTheOrderGivenWhateverFinishesFirst() {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<String> handed = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (FindingAhead<String> finding = new FindingAhead<>(2, (item, found) -> {
            handed.add(item);
            threads.add(Thread.currentThread().getName());
        }, item -> handed.add("refused " + item))) {
            finding.find("first", () -> {
                await(secondDone);
                return List.of();
            });
            finding.find("second", () -> {
                secondDone.countDown();
                return List.of();
            });
            finding.refused("third");
            finding.find("fourth", List::of);
            finding.finish();
        }
        assertThat(handed).containsExactly("first", "second", "refused third", "fourth");
        assertThat(threads).containsOnly(Thread.currentThread().getName()); // handed over on the caller's thread
    }

    @Test
    void oneThreadFindsOnTheCallersThreadAsItGoes() {
        List<String> seen = new ArrayList<>();
        try (FindingAhead<String> finding = new FindingAhead<>(1, (item, found) -> seen.add("handed " + item),
                item -> seen.add("refused " + item))) {
            finding.find("a", () -> {
                seen.add("found a on " + Thread.currentThread().getName());
                return List.of();
            });
            assertThat(seen).containsExactly("found a on " + Thread.currentThread().getName(), "handed a");
        }
    }

    @Test
    void aFailedFindingIsThrownAtItsPlace() {
        List<String> handed = new ArrayList<>();
        try (FindingAhead<String> finding = new FindingAhead<>(2, (item, found) -> handed.add(item), handed::add)) {
            assertThatThrownBy(() -> {
                finding.find("fine", List::of);
                finding.find("broken", () -> {
                    throw new IllegalStateException("no text");
                });
                finding.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("no text");
        }
        assertThat(handed).containsExactly("fine");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
