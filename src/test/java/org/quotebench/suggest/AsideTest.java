package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work handed to another core is done once, by whoever begins it first, and its result is never thrown away. */
class AsideTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor(work -> new Thread(work, "other core"));
    private final RankingAhead.Cores cores = new RankingAhead.Cores(pool, 2, new AtomicLong());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Asked for while another thread is still doing it, the work is waited for (before, a task that had
     * begun was cancelled and done again by the finder's thread, so a long text's later part, ranked
     * on the other core while the finder ranked the first, was thrown away about every other time).
     */
    @Test
    void workBegunElsewhereIsWaitedForAndNotDoneAgain() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Aside<String> aside = Aside.start(cores, true, () -> {
            runs.incrementAndGet();
            begun.countDown();
            Latches.await(release);
            return Thread.currentThread().getName();
        });
        begun.await();
        Thread asking = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            // lets the work finish once the asking thread waits (for the result, or in work of its own)
            while (asking.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        releaser.setDaemon(true); // never keeps the tests' JVM alive, whatever happens
        releaser.start();
        assertThat(aside.get()).isEqualTo("other core");
        assertThat(runs).hasValue(1);
        releaser.join();
    }

    /** Work no other thread has begun is done by the asking thread, and the other core then skips it. */
    @Test
    void workNoOneBeganIsDoneByTheAskingThreadOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> Latches.await(release)); // the other core is busy
        AtomicInteger runs = new AtomicInteger();
        Aside<String> aside = Aside.start(cores, true, () -> {
            runs.incrementAndGet();
            return Thread.currentThread().getName();
        });
        assertThat(aside.get()).isEqualTo(Thread.currentThread().getName());
        release.countDown();
        pool.submit(() -> { }).get(); // everything queued before has run (or been skipped)
        assertThat(runs).hasValue(1);
    }

    @Test
    void workNotWorthHandingOverIsDoneWhenAskedFor() {
        Aside<String> aside = Aside.start(cores, false, () -> Thread.currentThread().getName());
        assertThat(aside.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(aside.made()).isEmpty();
    }
}
