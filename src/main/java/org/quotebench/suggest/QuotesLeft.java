package org.quotebench.suggest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The quotes one thread has left to rank, [position, end), which another thread may shorten: both in
 * one atomic value, so that the end is lowered in one step with reading where the ranking thread is,
 * and that thread never loses a quote it has reached. The finder's own quotes ({@link RankingAhead})
 * and a part ranked on another core ({@link RankedPart}) are each one.
 */
final class QuotesLeft {
    private final AtomicLong range;

    QuotesLeft(int end) {
        range = new AtomicLong(pack(end, 0));
    }

    /** The range as it is now, to shorten with {@link #shorten} if it has not changed meanwhile. */
    long now() {
        return range.get();
    }

    static int end(long now) {
        return (int) (now >>> 32);
    }

    static int position(long now) {
        return (int) now;
    }

    int end() {
        return end(range.get());
    }

    /** The ranking thread has reached quote {@code i} (its position never goes back); the end as it is then. */
    int reach(int i) {
        long now = range.get();
        while (position(now) < i && !range.compareAndSet(now, pack(end(now), i))) {
            now = range.get();
        }
        return end(now);
    }

    /** The ranking thread takes quote {@code i} if the range still holds it. */
    boolean take(int i) {
        long now = range.get();
        while (i < end(now)) {
            if (range.compareAndSet(now, pack(end(now), i))) {
                return true;
            }
            now = range.get();
        }
        return false;
    }

    /** Ends the range at {@code end} if it is still as it was {@code seen}; whether it did. */
    boolean shorten(long seen, int end) {
        return range.compareAndSet(seen, pack(end, position(seen)));
    }

    /** Starts the range again: [{@code position}, {@code end}). */
    void set(int position, int end) {
        range.set(pack(end, position));
    }

    /** Nothing left, for good. */
    void close() {
        set(Integer.MAX_VALUE, 0);
    }

    private static long pack(int end, int position) {
        return (long) end << 32 | position & 0xFFFFFFFFL;
    }
}
