package org.quotebench.suggest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ranks the later quotes of a text on the computer's other cores while the finder's own thread gives
 * the earlier ones their speakers. A quote's window and the ranker's choice depend, besides the
 * quote, only on what the quotes before it left behind ({@link SpeakerAssigner.RankInputs}): each
 * other core reads its part of the text from a fresh start, and the finder takes a ranking made
 * there only where the quotes before left exactly what that core assumed; elsewhere (mostly the
 * first quote or two of a part) it ranks again itself. So the suggestions are the same as on one
 * core, quote for quote. A part no other core has started when the finder gets to it is read by the
 * finder itself.
 *
 * <p>The finder's own part is the smallest, as it also gives every quote its speaker. A core done with
 * its part takes over the later part of what the finder has left to rank itself (and again, while
 * enough is left), so that no core waits at the end while the finder ranks alone (the cores may be
 * slowed by others' work); and the finder, about to wait for a core, takes over the later half of
 * what that core has left.
 */
final class RankingAhead {
    /** Fewer quotes than this in a part are not worth handing to another core (news articles: a dozen quotes, ranked in a fraction of a millisecond, which waking another thread would eat). */
    static final int MIN_PART = 32;
    /** A core takes over the later part of the finder's own quotes only when each part holds this many. */
    static final int MIN_TAKEN = 16;
    /**
     * What giving a ranked quote its speaker costs the finder, as a share of what ranking it costs (about a
     * tenth, measured on the generated 5 MB text): the finder does it for every quote, so it ranks fewer.
     */
    static final double GIVING = 0.1;

    /** Where the parts are ranked: a pool of threads and how many parts a text is cut into (the first the finder's). */
    record Cores(ExecutorService pool, int count, AtomicLong taken) {
        /** This computer's other cores, one thread each, shared by every finder (none on a machine with one core). */
        static final Cores MACHINE = new Cores(threads(Runtime.getRuntime().availableProcessors() - 1),
                Runtime.getRuntime().availableProcessors(), new AtomicLong());
        /** The finder's thread alone. */
        static final Cores ONE = new Cores(null, 1, new AtomicLong());
    }

    /** Ranks a run of the found quotes from a fresh start, publishing each quote's ranking (or null) in order. */
    interface Ranks {
        void of(List<SpeakerAssigner.Found> quotes, RankedPart to);
    }

    /** How many rankings made on other cores were taken (a count for tests and benchmarks). */
    private final AtomicLong taken;
    private final List<SpeakerAssigner.Found> found;
    private final Ranks fresh;
    /** Every part handed to another core, by the index of its first quote. */
    private final Map<Integer, RankedPart> parts = new ConcurrentHashMap<>();
    /** The quotes the finder ranks itself from here on: another core takes over the later ones by shortening it. */
    private final QuotesLeft own;
    /** The finder's thread only: the part it takes rankings from now, and where that part starts. */
    private RankedPart part;
    private int partStart;

    private RankingAhead(List<SpeakerAssigner.Found> found, Ranks fresh, int firstPart, AtomicLong taken) {
        this.found = found;
        this.fresh = fresh;
        this.taken = taken;
        this.own = new QuotesLeft(firstPart);
    }

    /** Nothing ranked ahead: the finder ranks every quote itself. */
    static final RankingAhead NONE = new RankingAhead(List.of(), null, 0, new AtomicLong());

    /**
     * Starts ranking the later parts of {@code found} on {@code cores} by {@code fresh} (a fresh assigner
     * for each part, sharing the text's tokens and names, which must be read in full by now).
     */
    static RankingAhead start(List<SpeakerAssigner.Found> found, Ranks fresh, Cores cores) {
        int count = Math.min(cores.count(), found.size() / MIN_PART);
        if (cores.pool() == null || count < 2) {
            return NONE;
        }
        int own = (int) (found.size() * (1 - GIVING) / count); // the finder's part is the first
        RankingAhead ahead = new RankingAhead(found, fresh, own, cores.taken());
        try {
            for (int p = 1; p < count; p++) {
                int from = own + (int) ((long) (found.size() - own) * (p - 1) / (count - 1));
                List<SpeakerAssigner.Found> mine = found.subList(from, own + (int) ((long) (found.size() - own) * p / (count - 1)));
                ahead.parts.put(from, new RankedPart(cores, mine.size(), to -> fresh.of(mine, to), ahead::takeOver));
            }
        } catch (RuntimeException | Error e) { // a pool that refused a part: the parts handed over stop
            ahead.cancel();
            throw e;
        }
        return ahead;
    }

    /**
     * The ranking another core made of quote {@code i} of the found list from exactly {@code inputs},
     * if one did; asked for every ranked quote in order. It waits for that core's ranking of the quote,
     * or, at the start of a part the core has not begun, takes the part back ({@link RankedPart}).
     */
    Optional<SpeakerAssigner.Ranking> at(int i, SpeakerAssigner.RankInputs inputs) {
        Optional<SpeakerAssigner.Ranking> made = madeAt(i);
        if (made.isPresent() && made.get().inputs().equals(inputs)) {
            taken.incrementAndGet();
            return made;
        }
        return Optional.empty();
    }

    /**
     * Tells where the finder is at a quote it gives a speaker without a ranking (reported speech), so that no
     * core takes over quotes it has passed.
     */
    void passing(int i) {
        if (this != NONE && part == null) { // in a part, what the finder ranks itself starts past it
            own.reach(i);
        }
    }

    private Optional<SpeakerAssigner.Ranking> madeAt(int i) {
        if (this == NONE) {
            return Optional.empty();
        }
        while (true) {
            if (part != null) {
                if (i < partStart + part.size()) {
                    if (!part.ready(i - partStart)) {
                        rankLaterHalf(); // rather than wait for the other core to get there
                        if (i >= partStart + part.size()) {
                            continue; // the quote is in the half just ranked here (the finder passed quotes not ranked)
                        }
                    }
                    return part.at(i - partStart);
                }
                own.set(i, partStart + part.size()); // past the part: what follows is the finder's until a part starts
                part = null;
            }
            int limit = own.reach(i); // where the finder is, in one step with what is left to it
            if (i < limit || limit >= found.size()) {
                return Optional.empty(); // the finder's own
            }
            RankedPart next = parts.get(limit);
            if (next.claim()) {
                own.set(i, limit + next.size()); // no core began it: the finder ranks it
            } else {
                part = next;
                partStart = limit;
            }
        }
    }

    /**
     * On a core done with its part: takes over the later part of the quotes the finder has left to rank
     * itself (all but what {@link #keep} leaves it), ranks them as a part of their own, and again while
     * enough is left.
     */
    private void takeOver() {
        while (true) {
            long now = own.now();
            int limit = QuotesLeft.end(now);
            int position = QuotesLeft.position(now);
            if (limit - position < 2 * MIN_TAKEN) {
                return;
            }
            int middle = position + keep(limit - position, found.size() - limit);
            RankedPart taking = new RankedPart(limit - middle);
            List<SpeakerAssigner.Found> mine = found.subList(middle, limit);
            if (parts.putIfAbsent(middle, taking) != null) {
                continue; // another core is taking the same half: look again
            }
            // in the map before the finder can reach the new limit
            if (!own.shorten(now, middle)) {
                parts.remove(middle, taking);
                continue; // the finder moved on: look again
            }
            taking.run(to -> fresh.of(mine, to));
        }
    }

    /**
     * On the finder's thread, about to wait for a part another core is still ranking: ends that part at
     * the middle of what it has left and ranks the later half here meanwhile, as a part of its own read
     * from a fresh start (the other core is slower: it started later, or is shared with other work).
     */
    private void rankLaterHalf() {
        int end = part.size();
        int middle = part.endEarly(MIN_TAKEN);
        if (middle < 0) {
            return;
        }
        RankedPart later = new RankedPart(end - middle);
        parts.put(partStart + middle, later); // where the finder finds it once past the shortened part
        List<SpeakerAssigner.Found> mine = found.subList(partStart + middle, partStart + end);
        later.run(to -> fresh.of(mine, to));
    }

    /**
     * How many of the {@code left} quotes the finder ranks itself next the finder keeps when another core
     * takes over the rest, so that both are done at once: the finder also gives a speaker to each of
     * these and to the {@code after} quotes past them (ranked elsewhere, mostly), which the other core does not.
     */
    static int keep(int left, int after) {
        int even = (int) ((left - GIVING * (left + after)) / 2);
        return Math.max(MIN_TAKEN, Math.min(left - MIN_TAKEN, even));
    }

    /** Stops the parts no one will ask for (the finder is done, or failed on the way). */
    void cancel() {
        if (this == NONE) {
            return;
        }
        own.close(); // nothing left to take over
        parts.values().forEach(RankedPart::cancel);
    }

    private static ExecutorService threads(int count) {
        return count < 1 ? null : org.quotebench.core.ComputingThreads.pool("quote finder", count);
    }
}
