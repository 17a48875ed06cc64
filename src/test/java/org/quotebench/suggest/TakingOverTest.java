package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/**
 * The finder and another core take over each other's later quotes (decision 29), seen quote by quote:
 * which thread ranked each quote, and that the finder takes every ranking it is given.
 */
class TakingOverTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final RankingAhead.Cores cores = new RankingAhead.Cores(pool, 2, new AtomicLong());
    /** Which thread ranked each quote, by its index. */
    private final Map<Integer, String> rankedOn = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Quotes numbered by their index (a quote's quotation index is its own index; -1: reported speech). */
    private static List<SpeakerAssigner.Found> quotes(int count, int reportedFrom, int reportedTo) {
        List<SpeakerAssigner.Found> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Candidate c = new Candidate(new Span(10 * i, 10 * i + 5), QuoteKind.DIRECT, Optional.empty(), 0.9, false);
            found.add(new SpeakerAssigner.Found(c, i >= reportedFrom && i < reportedTo ? -1 : i));
        }
        return found;
    }

    /** What each quote's ranking was made from: its own number, so that the finder's inputs match. */
    private static SpeakerAssigner.RankInputs inputs(int quote) {
        return new SpeakerAssigner.RankInputs(false, Optional.empty(), Optional.of("quote " + quote));
    }

    /** Ranks quotes as an assigner would, noting the thread; {@code gate}, when given, holds the thread at its third quote. */
    private RankingAhead.Ranks ranks(CountDownLatch atThird, CountDownLatch gate) {
        return (quotes, to) -> {
            for (int k = 0; k < quotes.size() && to.next(k); k++) {
                SpeakerAssigner.Found f = quotes.get(k);
                boolean onPool = !Thread.currentThread().getName().equals(finder);
                if (k == 2 && onPool && gate != null) {
                    atThird.countDown();
                    Latches.await(gate);
                }
                if (!onPool && gate != null) {
                    gate.countDown(); // the finder ranks a half of its own: the other core goes on
                }
                rankedOn.put(f.quote().span().start() / 10, onPool ? "pool" : "finder"); // its index, reported speech too
                to.publish(k, f.quoted() < 0 ? null : new SpeakerAssigner.Ranking(inputs(f.quoted()), Optional.empty()));
            }
        };
    }

    private final String finder = Thread.currentThread().getName();

    /** Asks for every quote's ranking in order, as the assigner does; the quotes the finder ranks itself get none. */
    private static List<Integer> ranksTaken(RankingAhead ahead, List<SpeakerAssigner.Found> found) {
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).quoted() < 0) {
                ahead.passing(i);
            } else if (ahead.at(i, inputs(i)).isPresent()) {
                taken.add(i);
            }
        }
        ahead.cancel();
        return taken;
    }

    @Test
    void aCoreDoneWithItsPartTakesOverTheFindersLaterQuotes() throws Exception {
        List<SpeakerAssigner.Found> found = quotes(1000, -1, -1);
        RankingAhead ahead = RankingAhead.start(found, ranks(null, null), cores);
        pool.submit(() -> { }).get(); // the other core's part, and what it took over after it, are done
        // its part: [450, 1000); then the later part of the finder's [0, 450), again and again
        assertThat(rankedOn.get(449)).isEqualTo("pool");
        assertThat(rankedOn.get(0)).as("the finder keeps its first quotes").isNull();
        List<Integer> taken = ranksTaken(ahead, found);
        assertThat(taken).hasSizeGreaterThan(900).contains(449, 450, 999).doesNotContain(0);
        assertThat(taken.get(0)).isGreaterThanOrEqualTo(RankingAhead.MIN_TAKEN);
    }

    @Test
    void theFinderTakesOverTheLaterHalfOfWhatASlowCoreHasLeft() throws Exception {
        List<SpeakerAssigner.Found> found = quotes(1000, -1, -1);
        CountDownLatch atThird = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        RankingAhead ahead = RankingAhead.start(found, ranks(atThird, gate), cores);
        atThird.await(); // the other core began its part [450, 1000) and is held at its third quote
        Thread finderThread = Thread.currentThread();
        Thread releaser = new Thread(() -> { // were the finder to wait for the other core instead, it would go on then
            while (finderThread.getState() != Thread.State.WAITING && gate.getCount() > 0) {
                Thread.onSpinWait();
            }
            gate.countDown();
        });
        releaser.setDaemon(true);
        releaser.start();
        List<Integer> taken = ranksTaken(ahead, found);
        releaser.join();
        // quote 452 was not there: the finder ranked [726, 1000) itself, then the other core went on from 452
        // (and should the finder catch up with it again, it takes over the later half of what is left again)
        assertThat(rankedOn.get(451)).isEqualTo("pool");
        assertThat(rankedOn.get(452)).isEqualTo("pool");
        assertThat(rankedOn.get(726)).isEqualTo("finder");
        assertThat(rankedOn.get(999)).isEqualTo("finder");
        assertThat(taken).contains(450, 452, 725, 726, 999).hasSize(550);
    }

    /**
     * The finder, past reported speech far into a slow core's part, takes over the later half of what that
     * core has left, which holds the quote it is at: it takes that quote's ranking from its own half at
     * once, rather than waiting for the slow core to finish and ranking the quote again.
     */
    @Test
    void theFinderTakesTheQuoteItIsAtFromTheHalfItTookOver() throws Exception {
        List<SpeakerAssigner.Found> found = quotes(1000, 452, 800);
        CountDownLatch atThird = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        RankingAhead ahead = RankingAhead.start(found, ranks(atThird, gate), cores);
        atThird.await();
        List<Integer> taken = ranksTaken(ahead, found);
        assertThat(rankedOn.get(800)).isEqualTo("finder"); // the half [726, 1000) ranked here
        assertThat(taken).contains(450, 451, 800, 801, 999);
    }

    /** Reported speech is passed without a ranking: no core takes over quotes the finder has passed. */
    @Test
    void noCoreTakesOverQuotesTheFinderHasPassed() throws Exception {
        List<SpeakerAssigner.Found> found = quotes(1000, 0, 400);
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService held = Executors.newSingleThreadExecutor();
        try {
            held.submit(() -> {
                ready.countDown();
                Latches.await(go); // the other core is busy until the finder has passed the reported speech
            });
            ready.await();
            RankingAhead ahead = RankingAhead.start(found, ranks(null, null), new RankingAhead.Cores(held, 2, new AtomicLong()));
            for (int i = 0; i < 400; i++) {
                ahead.passing(i);
            }
            go.countDown();
            held.submit(() -> { }).get();
            assertThat(rankedOn.keySet().stream().filter(q -> q < 400)).as("quotes the finder passed").isEmpty();
            assertThat(rankedOn.get(449)).isEqualTo("pool");
            List<Integer> taken = ranksTaken(ahead, found);
            assertThat(taken).contains(449, 999);
        } finally {
            held.shutdownNow();
        }
    }
}
