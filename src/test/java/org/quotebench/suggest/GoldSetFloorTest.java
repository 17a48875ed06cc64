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

    /**
     * The finder as shipped (its learned ranker choosing speakers) reaches direct 1.00, partial 1.00,
     * indirect 0.97 and speakers 77/77 on 2026-12-02; the floors allow a quote or two of slack.
     */
    @Test
    void qualityStaysAboveTheFloors() {
        QuoteFinder finder = new QuoteFinder();
        assertThat(finder.learned()).isTrue();
        Scores scores = Scores.of(GoldSet.load(), finder);
        assertThat(scores.counts(QuoteKind.DIRECT).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.97);
        assertThat(scores.counts(QuoteKind.PARTIAL).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.92);
        assertThat(scores.counts(QuoteKind.INDIRECT).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.90);
        assertThat(scores.speakerAccuracy()).as(scores.report()).isGreaterThanOrEqualTo(0.96);
    }

    /** The rules alone, which the ranker falls back on where it has no candidate, keep their own floors. */
    @Test
    void theRulesAloneStayAboveTheirFloors() {
        Scores scores = Scores.of(GoldSet.load(), QuoteFinder.rulesOnly());
        assertThat(scores.counts(QuoteKind.DIRECT).f1()).as(scores.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.speakerAccuracy()).as(scores.report()).isGreaterThanOrEqualTo(0.90);
    }
}
