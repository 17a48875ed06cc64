package org.quotebench.suggest;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A piece of a long text's reading done on another core while the finder's thread reads on, with
 * the same result as if the finder's thread did it. Whoever begins it first does it: the other core,
 * or the finder's thread when it asks for work no other thread has begun (so work never waits in a
 * busy pool, and never runs twice). What failed on the other core with an exception is done on the
 * asking thread, so it fails only where one thread would; an {@link Error} there (out of memory) is
 * thrown on the asking thread. The work must only read what the finder's thread reads meanwhile.
 */
final class Aside<T> {
    /** Texts with fewer quotations are read on one thread: handing work over would cost more than it saves. */
    static final int MIN_QUOTATIONS = 2 * RankingAhead.MIN_PART;

    private final Supplier<T> work;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final Future<T> task;

    private Aside(RankingAhead.Cores cores, boolean worth, Supplier<T> work) {
        this.work = work;
        this.task = worth && cores.pool() != null ? cores.pool().submit(() -> begun.compareAndSet(false, true) ? work.get() : null) : null;
    }

    /** Starts {@code work} on one of {@code cores}' other threads when {@code worth} it; else it is done when asked for. */
    static <T> Aside<T> start(RankingAhead.Cores cores, boolean worth, Supplier<T> work) {
        return new Aside<>(cores, worth, work);
    }

    /** The work's result, waited for, or made on this thread. */
    T get() {
        return made().orElseGet(work);
    }

    /**
     * The result another thread made, waited for; empty when none began the work (it never will now)
     * or it failed there, so that the caller does it itself.
     */
    Optional<T> made() {
        if (task == null || begun.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            // read from a state the finder may never reach: the caller does it, and fails there only if it must
            return Optional.empty();
        }
    }
}
