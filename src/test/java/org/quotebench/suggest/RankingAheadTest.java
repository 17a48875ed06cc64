package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
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
     * A long fictional article whose quotes lean on the ones before them (he and she, a quote that goes on,
     * a surname named in full long before): ranked in four parts on three other threads, every suggestion is
     * the one the finder's thread alone gives, and the other threads did rank parts.
     */
    @Test
    void rankingLaterQuotesOnOtherThreadsGivesTheSameSuggestions() {
        String[] paragraphs = {
            "🚢 “We will not back down,” said harbour master Elena Brandt, speaking outside the town hall on Friday.",
            "“The cranes stay idle until Monday,” she added. “Nobody is going back to sea tonight.”",
            "Union leader Yusuf Demir disagreed. “It was a mess,” he told reporters. “Nobody knew what to do.”",
            "Brandt said the council would “look again” at the budget. The ministry said in a statement that the bridge "
                    + "would reopen next week.",
            "“Cafe\u0301 owners lose most,” Demir said, “and they were never asked.”",
            "Critics called the plan a “stunt”. “We have heard this before,” a spokeswoman for the ferry company said.",
        };
        StringBuilder text = new StringBuilder("Harbour strike\n\n");
        for (int i = 0; text.length() < 60_000; i++) {
            text.append(paragraphs[i % paragraphs.length]).append(i % 7 == 3 ? " " : "\n\n");
        }
        QuoteFinder finder = new QuoteFinder();
        List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text.toString());
        List<Suggestion> ahead = finder.on(new RankingAhead.Cores(pool, 4)).find(text.toString());
        assertThat(alone).hasSizeGreaterThan(4 * RankingAhead.MIN_PART);
        assertThat(alone.stream().filter(s -> s.speaker().isPresent())).hasSizeGreaterThan(alone.size() / 2);
        assertThat(ahead).isEqualTo(alone);
        assertThat(((ThreadPoolExecutor) pool).getCompletedTaskCount()).isEqualTo(3);
    }

    @Test
    void aShortArticleIsRankedOnTheFindersThreadAlone() {
        String text = "“We will not back down,” said harbour master Elena Brandt. “Nobody knew,” she added.";
        assertThat(new QuoteFinder().on(new RankingAhead.Cores(pool, 4)).find(text)).hasSize(2);
        assertThat(((ThreadPoolExecutor) pool).getTaskCount()).isZero();
    }
}
