package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Suggestion;

/**
 * A long text's later half of quotations is read on another core assuming the quotation before it was
 * kept; where it was not (markup, a link), the finder's thread reads on until what it kept agrees, and
 * the suggestions are the ones one thread gives.
 */
class QuoteReadingTest {
    @Test
    void theLaterHalfReadElsewhereGivesWhatOneThreadReads() {
        for (int dropped = 0; dropped < 3; dropped++) { // the half then starts after a kept or a dropped quotation
            StringBuilder text = new StringBuilder("Harbour strike\n\n");
            for (int i = 0; text.length() < 30_000; i++) {
                text.append("“We will not back down,” said harbour master Elena Brandt. Union leader Yusuf Demir told reporters");
                if (i % 3 == dropped) {
                    text.append(", as the photo at link=“pic.example.com/123” showed,"); // markup, not speech: dropped
                }
                text.append(" that the cranes would “stay idle until Monday”.\n\n"); // his, read back past the markup

            }
            QuoteFinder finder = new QuoteFinder();
            List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text.toString());
            assertThat(alone).hasSizeGreaterThan(2 * Aside.MIN_QUOTATIONS);
            RankingAhead.Cores atOnce = new RankingAhead.Cores(new RankingAheadTest.RunAtOnce(), 2, new AtomicLong());
            assertThat(finder.on(atOnce).find(text.toString())).as("dropped at %d", dropped).isEqualTo(alone);
        }
    }
}
