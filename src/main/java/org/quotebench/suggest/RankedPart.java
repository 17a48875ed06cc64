package org.quotebench.suggest;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One part of a long text's quotes ranked on another core ({@link RankingAhead}), each ranking
 * published as soon as it is made, so that the finder's thread gives those quotes their speakers
 * while the later ones are still being ranked, rather than waiting for the whole part. Whoever begins
 * the part first does it: the other core, or the finder's thread, which then ranks it itself. A part
 * that fails on the way keeps what it published; the finder ranks the rest (and fails only where one
 * thread would).
 */
final class RankedPart {
    private final SpeakerAssigner.Ranking[] rankings;
    /** How many rankings from the start are published: rankings[0, published) may be read. */
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicBoolean begun = new AtomicBoolean();
    /** Whether the other core is done with the part (or failed, or never began it). */
    private volatile boolean over;
    /** The quotes the part still ranks: the finder may end it early, or at once when it no longer wants it. */
    private final QuotesLeft left;
    private volatile Error failed;
    /** The finder's thread while it waits for a ranking. */
    private volatile Thread waiting;
    /** The task on another core's thread that begins the part, if it was handed to one. */
    private final Future<?> task;

    /** Starts {@code work}, which publishes the rankings of {@code size} quotes in order, on one of {@code cores}' threads. */
    RankedPart(RankingAhead.Cores cores, int size, Consumer<RankedPart> work) {
        this(cores, size, work, () -> { });
    }

    /** As above, then {@code after} on the same thread once the part is over (when that thread did it). */
    RankedPart(RankingAhead.Cores cores, int size, Consumer<RankedPart> work, Runnable after) {
        rankings = new SpeakerAssigner.Ranking[size];
        left = new QuotesLeft(size);
        task = cores.pool().submit(() -> {
            if (!begun.compareAndSet(false, true)) {
                return; // the finder took it back
            }
            run(work);
            after.run();
        });
    }

    /** A part the thread that makes it does at once ({@link #run}): begun from the start, handed to no one. */
    RankedPart(int size) {
        rankings = new SpeakerAssigner.Ranking[size];
        left = new QuotesLeft(size);
        begun.set(true);
        task = null;
    }

    /** Does the part's {@code work} on this thread, which began it. */
    void run(Consumer<RankedPart> work) {
        try {
            work.accept(this);
        } catch (RuntimeException e) {
            // read from a state the finder may never reach: it ranks the rest itself
        } catch (Error e) {
            failed = e;
        } finally {
            over = true;
            wake();
        }
    }

    /** How many quotes the part holds: fewer once the finder has ended it early ({@link #endEarly}). */
    int size() {
        return left.end();
    }

    /** Keeps quote {@code i}'s ranking (null: the quote was not ranked) for the finder's thread. */
    void publish(int i, SpeakerAssigner.Ranking ranking) {
        rankings[i] = ranking;
        published.set(i + 1);
        wake();
    }

    /** On the part's thread, before it ranks quote {@code i}: whether it goes on (the finder may have ended the part before it). */
    boolean next(int i) {
        return left.take(i);
    }

    /** Whether quote {@code i}'s ranking is there, or never will be: {@link #at} would not wait. */
    boolean ready(int i) {
        return published.get() > i || over;
    }

    /**
     * On the finder's thread: ends the part at the middle of what it has left to rank, when each half holds
     * {@code min} quotes or more, so that the finder ranks the later half itself; the new end, or -1.
     */
    int endEarly(int min) {
        long now = left.now();
        int end = QuotesLeft.end(now);
        int position = QuotesLeft.position(now);
        int middle = position + (end - position) / 2;
        if (end - position < 2 * min || !left.shorten(now, middle)) {
            return -1; // too little left, or the part moved on: it keeps what it has
        }
        return middle;
    }

    /** Takes the part back if the other core has not begun it: from now on the finder ranks it. */
    boolean claim() {
        if (begun.compareAndSet(false, true)) {
            over = true;
            return true;
        }
        return false;
    }

    /**
     * Quote {@code i}'s ranking as the other core made it, waited for; empty where it made none (the
     * quote was not ranked, the part was taken back, or it failed before it got there).
     */
    Optional<SpeakerAssigner.Ranking> at(int i) {
        while (published.get() <= i && !over) {
            if (task != null && task.isDone()) {
                break; // ended without reaching the work (an executor that refused or failed it)
            }
            waiting = Thread.currentThread();
            if (published.get() <= i && !over) {
                LockSupport.park(this);
            }
            waiting = null;
            if (Thread.currentThread().isInterrupted()) {
                return Optional.empty(); // the finder ranks it itself; the interrupt stays for its caller
            }
        }
        if (failed != null) {
            throw failed;
        }
        return published.get() > i ? Optional.ofNullable(rankings[i]) : Optional.empty();
    }

    /** Stops the part: not begun, it never will be; begun, it stops at its next quote. */
    void cancel() {
        begun.set(true);
        left.close();
        if (task != null) {
            task.cancel(false);
        }
    }

    private void wake() {
        Thread t = waiting;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
