package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Ranks the later quotes of a text on the computer's other cores while the finder's own thread gives
 * the earlier ones their speakers. A quote's window and the ranker's choice depend, besides the
 * quote, only on what the quotes before it left behind ({@link SpeakerAssigner.RankInputs}): each
 * other core reads its part of the text from a fresh start, and the finder takes a ranking made
 * there only where the quotes before left exactly what that core assumed; elsewhere (mostly the
 * first quote or two of a part) it ranks again itself. So the suggestions are the same as on one
 * core, quote for quote. A part no other core has started when the finder gets to it is read by the
 * finder itself.
 */
final class RankingAhead {
    /** Fewer quotes than this in a part are not worth handing to another core (news articles: a dozen quotes, ranked in a fraction of a millisecond, which waking another thread would eat). */
    static final int MIN_PART = 32;
    /** Where the parts are ranked: a pool of threads and how many parts a text is cut into (the first the finder's). */
    record Cores(ExecutorService pool, int count, AtomicLong taken) {
        /** This computer's other cores, one thread each, shared by every finder (none on a machine with one core). */
        static final Cores MACHINE = new Cores(threads(Runtime.getRuntime().availableProcessors() - 1),
                Runtime.getRuntime().availableProcessors(), new AtomicLong());
        /** The finder's thread alone. */
        static final Cores ONE = new Cores(null, 1, new AtomicLong());
    }

    /** How many rankings made on other cores were taken (a count for tests and benchmarks). */
    private final AtomicLong taken;
    private final int[] starts;
    private final List<RankedPart> parts;
    private int part = -1;

    private RankingAhead(int[] starts, List<RankedPart> parts, AtomicLong taken) {
        this.taken = taken;
        this.starts = starts;
        this.parts = parts;
    }

    /** Nothing ranked ahead: the finder ranks every quote itself. */
    static final RankingAhead NONE = new RankingAhead(new int[0], List.of(), new AtomicLong());

    /**
     * Starts ranking the later parts of {@code found} on {@code cores}, each with a fresh assigner from
     * {@code fresh} (sharing the text's tokens and names, which must be read in full by now).
     */
    static RankingAhead start(List<SpeakerAssigner.Found> found, Supplier<SpeakerAssigner> fresh, Cores cores) {
        int count = Math.min(cores.count(), found.size() / MIN_PART);
        if (cores.pool() == null || count < 2) {
            return NONE;
        }
        int[] starts = new int[count - 1];
        List<RankedPart> parts = new ArrayList<>();
        for (int p = 1; p < count; p++) {
            int from = (int) ((long) found.size() * p / count);
            int to = (int) ((long) found.size() * (p + 1) / count);
            starts[p - 1] = from;
            List<SpeakerAssigner.Found> mine = found.subList(from, to);
            parts.add(new RankedPart(cores, mine, fresh));
        }
        return new RankingAhead(starts, parts, cores.taken());
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

    private Optional<SpeakerAssigner.Ranking> madeAt(int i) {
        while (part + 1 < starts.length && i >= starts[part + 1]) {
            part++;
            parts.get(part).claim(); // none when no core began it: the finder ranks it
        }
        return part < 0 ? Optional.empty() : parts.get(part).at(i - starts[part]);
    }

    /** Stops the parts no one will ask for (the finder failed on the way). */
    void cancel() {
        parts.forEach(RankedPart::cancel);
    }

    private static ExecutorService threads(int count) {
        return count < 1 ? null : org.quotebench.core.ComputingThreads.pool("quote finder", count);
    }
}
