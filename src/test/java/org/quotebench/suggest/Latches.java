package org.quotebench.suggest;

import java.util.concurrent.CountDownLatch;

/** Holding a test's worker threads until the test lets them go on. */
final class Latches {
    private Latches() {
    }

    /** Waits for {@code latch} to open; an interrupted wait ends with the thread's interrupt flag set again. */
    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
