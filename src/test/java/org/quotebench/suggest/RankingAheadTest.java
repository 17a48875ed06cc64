package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Suggestion;

class RankingAheadTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * A long fictional article whose quotes lean on the ones before them (he and she, quotes that go on
     * without a new attribution, a surname named in full long before): ranked in four parts on three other
     * threads, every suggestion is the one the finder's thread alone gives, and rankings made on the other
     * threads were taken. (Taking them without comparing what the quotes before left fails this test.)
     */
    @Test
    void rankingLaterQuotesOnOtherThreadsGivesTheSameSuggestions() {
        for (int offset = 0; offset < PARAGRAPHS.length; offset++) { // parts then start at different quotes
            String text = harbourStrike(offset);
            QuoteFinder finder = new QuoteFinder();
            List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text);
            assertThat(alone).hasSizeGreaterThan(4 * RankingAhead.MIN_PART);
            assertThat(alone.stream().filter(s -> s.speaker().isPresent())).hasSizeGreaterThan(alone.size() / 2);
            // parts ranked as they are handed out (before the finder's own part), so that every one is there to take
            RankingAhead.Cores atOnce = new RankingAhead.Cores(new RunAtOnce(), 4, new AtomicLong());
            assertThat(finder.on(atOnce).find(text)).as("starting at paragraph %d", offset).isEqualTo(alone);
            assertThat(atOnce.taken().get()).as("rankings taken from the parts").isPositive();
            // and on threads of their own, as they come
            assertThat(finder.on(new RankingAhead.Cores(pool, 4, new AtomicLong())).find(text)).isEqualTo(alone);
            assertThat(finder.on(new RankingAhead.Cores(pool, 2, new AtomicLong())).find(text)).isEqualTo(alone);
        }
    }

    /**
     * The finder and another core take over each other's later quotes as they come: whichever interleaving
     * the threads take, on two cores and on four, every suggestion is the one the finder's thread alone gives.
     */
    @Test
    void quotesTakenOverEitherWayGiveTheSameSuggestions() {
        String text = harbourStrike(3);
        QuoteFinder finder = new QuoteFinder();
        List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 20; round++) {
                assertThat(finder.on(new RankingAhead.Cores(one, 2, new AtomicLong())).find(text)).isEqualTo(alone);
                assertThat(finder.on(new RankingAhead.Cores(pool, 4, new AtomicLong())).find(text)).isEqualTo(alone);
            }
        } finally {
            one.shutdownNow();
        }
    }

    /**
     * When another core takes over the finder's later quotes, the finder keeps fewer than half: it also
     * gives every quote its speaker, the more so the more quotes past them it has still to give; and each
     * side keeps at least a few.
     */
    @Test
    void theFinderKeepsFewerOfItsQuotesTheMoreSpeakersItHasStillToGive() {
        assertThat(RankingAhead.keep(1000, 0)).isEqualTo(450);
        assertThat(RankingAhead.keep(1000, 1000)).isEqualTo(400);
        assertThat(RankingAhead.keep(1000, 20_000)).isEqualTo(RankingAhead.MIN_TAKEN);
        assertThat(RankingAhead.keep(2 * RankingAhead.MIN_TAKEN, 0)).isEqualTo(RankingAhead.MIN_TAKEN);
    }

    /** A long fictional article, its paragraphs from {@code offset} on. */
    private static String harbourStrike(int offset) {
        StringBuilder text = new StringBuilder("Harbour strike\n\n");
        for (int i = offset; text.length() < 40_000; i++) {
            text.append(PARAGRAPHS[i % PARAGRAPHS.length]).append(i % 7 == 3 ? " " : "\n\n");
        }
        return text.toString();
    }

    private static final String[] PARAGRAPHS = {
        "🚢 “We will not back down,” said harbour master Elena Brandt, speaking outside the town hall on Friday.",
        "“The cranes stay idle until Monday.”",
        "“Nobody is going back to sea tonight.”",
        "Union leader Yusuf Demir disagreed. “It was a mess,” he told reporters. “Nobody knew what to do.”",
        "“Cafe\u0301 owners lose most,” Demir said, “and they were never asked.”",
        "“We have heard this before.”",
        "Critics called the plan a “stunt”. “It will not last,” a spokeswoman for the ferry company said.",
        "“The ferries will run on Sunday.”",
    };

    /**
     * A core done with its part takes over the later half of the quotes the finder has left to rank
     * itself, and again while enough is left: run at once, the other core ranks all but the finder's
     * first few dozen quotes, and every suggestion stays the same. (Before, the finder ranked its whole
     * first half alone while the other core waited: about half the rankings, 429 here, were taken.)
     */
    @Test
    void aCoreDoneWithItsPartTakesOverTheFindersLaterQuotes() {
        String text = harbourStrike(0);
        QuoteFinder finder = new QuoteFinder();
        List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text);
        RankingAhead.Cores atOnce = new RankingAhead.Cores(new RunAtOnce(), 2, new AtomicLong());
        assertThat(finder.on(atOnce).find(text)).isEqualTo(alone);
        assertThat(atOnce.taken().get()).as("rankings taken from the other core").isGreaterThan(alone.size());
    }

    /** A part that fails on another thread (it read from a state the finder may never reach) is ranked again on the finder's. */
    @Test
    void aPartThatFailsElsewhereIsRankedAgainOnTheFindersThread() {
        StringBuilder text = new StringBuilder("Harbour strike\n\n");
        while (text.length() < 30_000) {
            text.append("“We will not back down,” said harbour master Elena Brandt. “The cranes stay idle until Monday.”\n\n");
        }
        QuoteFinder finder = new QuoteFinder();
        List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text.toString());
        RankingAhead.Cores failing = new RankingAhead.Cores(new FailAtOnce(), 4, new AtomicLong());
        assertThat(finder.on(failing).find(text.toString())).isEqualTo(alone);
        assertThat(failing.taken().get()).isZero();
    }

    @Test
    void aShortArticleIsRankedOnTheFindersThreadAlone() {
        String text = "“We will not back down,” said harbour master Elena Brandt. “Nobody knew,” she added.";
        assertThat(new QuoteFinder().on(new RankingAhead.Cores(pool, 4, new AtomicLong())).find(text)).hasSize(2);
        assertThat(((ThreadPoolExecutor) pool).getTaskCount()).isZero();
    }

    /** Runs what it is given on the caller's thread, at once. */
    static class RunAtOnce extends java.util.concurrent.AbstractExecutorService {
        @Override
        public void execute(Runnable work) {
            work.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }
    }

    /** Fails whatever it is given, at once. */
    private static final class FailAtOnce extends RunAtOnce {
        @Override
        protected <T> java.util.concurrent.RunnableFuture<T> newTaskFor(java.util.concurrent.Callable<T> work) {
            return failing();
        }

        @Override
        protected <T> java.util.concurrent.RunnableFuture<T> newTaskFor(Runnable work, T value) {
            return failing();
        }

        private static <T> java.util.concurrent.RunnableFuture<T> failing() {
            return new java.util.concurrent.FutureTask<>(() -> {
                throw new IllegalStateException("a part that cannot be read from a fresh start");
            });
        }
    }
}
