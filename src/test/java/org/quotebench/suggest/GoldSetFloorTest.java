package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;

/** Guards the finder's quality on the hand-written set: floors a little below what it reaches, so a regression fails. */
class GoldSetFloorTest {
    @Test
    void theSetIsLargeAndVaried() {
        List<GoldSet.Article> articles = GoldSet.load();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
        assertThat(articles).extracting(GoldSet.Article::style).contains("agency", "tabloid", "broadsheet", "press release");
        for (GoldSet.Article a : articles) {
            for (GoldSet.GoldQuote q : a.quotes()) {
                assertThat(q.span().end()).isLessThanOrEqualTo(a.text().length());
            }
        }
    }

    @Test
    void qualityStaysAboveTheFloors() {
        Scores scores = Scores.of(GoldSet.load(), new QuoteFinder());
        assertThat(scores.counts(QuoteKind.DIRECT).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.counts(QuoteKind.PARTIAL).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.counts(QuoteKind.INDIRECT).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.75);
        assertThat(scores.speakerAccuracy()).as(scores.report()).isGreaterThanOrEqualTo(0.90);
    }
}
