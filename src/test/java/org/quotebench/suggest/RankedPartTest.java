package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A part of the quotes ranked on another core hands each ranking over as soon as it is made. */
class RankedPartTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final RankingAhead.Cores cores = new RankingAhead.Cores(pool, 2, new AtomicLong());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static SpeakerAssigner.Ranking ranking() {
        return new SpeakerAssigner.Ranking(new SpeakerAssigner.RankInputs(false, Optional.empty(), Optional.empty()), Optional.empty());
    }

    /**
     * The first quote's ranking is taken while the part's later quotes are still being ranked (before, the
     * finder waited for the whole part, and gave no quote of it a speaker meanwhile); a later one is waited for.
     */
    @Test
    void eachRankingIsTakenAsSoonAsItIsMade() throws Exception {
        SpeakerAssigner.Ranking first = ranking();
        SpeakerAssigner.Ranking second = ranking();
        CountDownLatch firstMade = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        RankedPart part = new RankedPart(cores, 2, to -> {
            to.publish(0, first);
            firstMade.countDown();
            Latches.await(goOn);
            to.publish(1, second);
        });
        firstMade.await();
        Thread finder = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            while (finder.getState() != Thread.State.WAITING) { // lets the part go on once the finder waits
                Thread.onSpinWait();
            }
            goOn.countDown();
        });
        releaser.setDaemon(true); // never keeps the tests' JVM alive, whatever happens
        releaser.start();
        assertThat(part.at(0)).containsSame(first);
        assertThat(goOn.getCount()).as("the first ranking was taken before the part went on").isOne();
        assertThat(part.at(1)).containsSame(second);
        releaser.join();
    }

    @Test
    void aPartNoCoreBeganIsTakenBackAndNeverRun() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        pool.submit(() -> Latches.await(busy));
        AtomicInteger runs = new AtomicInteger();
        RankedPart part = new RankedPart(cores, 1, to -> {
            runs.incrementAndGet();
            to.publish(0, ranking());
        });
        part.claim();
        assertThat(part.at(0)).isEmpty();
        busy.countDown();
        pool.submit(() -> { }).get();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aPartThatFailsKeepsWhatItMadeAndLeavesTheRestToTheFinder() {
        SpeakerAssigner.Ranking first = ranking();
        RankedPart part = new RankedPart(cores, 3, to -> {
            to.publish(0, first);
            throw new IllegalStateException("read from a state the finder never reaches");
        });
        assertThat(part.at(0)).containsSame(first);
        assertThat(part.at(1)).isEmpty();
        assertThat(part.at(2)).isEmpty();
    }

    /** A part the finder no longer wants (it failed, or is done) stops at its next quote rather than ranking on. */
    @Test
    void aCancelledPartStopsAtItsNextQuote() throws Exception {
        CountDownLatch atFirst = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger ranked = new AtomicInteger();
        RankedPart part = new RankedPart(cores, 1000, heldAt(1000, 0, atFirst, cancelled, ranked));
        atFirst.await();
        part.cancel();
        cancelled.countDown();
        pool.submit(() -> { }).get(); // the part is over
        assertThat(ranked).hasValue(1);
    }

    /**
     * The finder, about to wait for a part another core is slow to rank, ends it at the middle of what is
     * left (to rank the later half itself): the part stops there, and keeps the rankings it made before.
     */
    @Test
    void aPartEndedEarlyStopsAtTheMiddleOfWhatItHadLeft() throws Exception {
        CountDownLatch atQuote10 = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger ranked = new AtomicInteger();
        RankedPart part = new RankedPart(cores, 100, heldAt(100, 10, atQuote10, ended, ranked));
        atQuote10.await();
        assertThat(part.ready(10)).isFalse();
        assertThat(part.endEarly(RankingAhead.MIN_TAKEN)).isEqualTo(55); // quotes 10 to 99 left: the part keeps 10 to 54
        assertThat(part.size()).isEqualTo(55);
        assertThat(part.endEarly(30)).as("fewer than twice 30 left").isEqualTo(-1);
        ended.countDown();
        assertThat(part.at(54)).isPresent();
        pool.submit(() -> { }).get(); // the part is over
        assertThat(ranked).hasValue(55);
        assertThat(part.ready(55)).isTrue();
        assertThat(part.at(55)).isEmpty();
    }

    /** Ranks {@code size} quotes while the part goes on, counting them in {@code ranked}; held at quote {@code at} (taken, not yet ranked) until {@code goOn}. */
    private static java.util.function.Consumer<RankedPart> heldAt(int size, int at, CountDownLatch reached, CountDownLatch goOn,
            AtomicInteger ranked) {
        return to -> {
            for (int i = 0; i < size && to.next(i); i++) {
                if (i == at) {
                    reached.countDown();
                    Latches.await(goOn);
                }
                to.publish(i, ranking());
                ranked.incrementAndGet();
            }
        };
    }
}
