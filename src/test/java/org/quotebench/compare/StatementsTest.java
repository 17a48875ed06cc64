package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;

/** Fictional renderings of one council vote in three outlets, one pair per flag. */
class StatementsTest {
    private static long ids;

    private static Rendering r(long article, String outlet, QuoteKind kind, String speaker, String text) {
        return new Rendering(++ids, article, Optional.of(outlet), Optional.of("2026-03-0" + article), kind, Optional.ofNullable(speaker),
                text);
    }

    @Test
    void theSameWordsInTwoOutletsAreOneStatementDespiteCasePunctuationAndMarks() {
        List<Statement> statements = Statements.group(List.of(
                r(1, "Harbour Courier", QuoteKind.DIRECT, "Renée Okafor", "“This bridge will be open to traffic by May…”"),
                r(2, "Bellmouth Gazette", QuoteKind.DIRECT, "Renée Okafor", "\"this bridge will be open to traffic by May\""),
                r(2, "Bellmouth Gazette", QuoteKind.DIRECT, "Tom Hale", "“The vote was rushed through at midnight.”")));
        assertThat(statements).hasSize(2);
        Statement bridge = statements.get(0);
        assertThat(bridge.versions()).hasSize(2);
        assertThat(bridge.flags()).isEmpty();
        assertThat(bridge.speaker()).contains("Renée Okafor");
        assertThat(statements.get(1).flags()).containsExactly(Flag.ONE_OUTLET);
    }

    @Test
    void aShorterExcerptIsTheSameStatementWithoutADifferentWording() {
        List<Statement> statements = Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Okafor", "“This bridge will be open to traffic by May, and the ferry will stay.”"),
                r(2, "Gazette", QuoteKind.PARTIAL, "Okafor", "“open to traffic by May”")));
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).flags()).doesNotContain(Flag.WORDING_DIFFERS, Flag.WORDS_ADDED);
    }

    @Test
    void eachFlagOnAPairThatEarnsIt() {
        Statement wording = only(Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Okafor", "“The bridge will be open to traffic by May.”"),
                r(2, "Gazette", QuoteKind.DIRECT, "Okafor", "“The bridge will surely be open to all traffic by May.”"))));
        assertThat(wording.flags()).contains(Flag.WORDING_DIFFERS, Flag.WORDS_ADDED).doesNotContain(Flag.DIFFERENT_SPEAKERS);

        Statement speakers = only(Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Renée Okafor", "“The vote was rushed through at midnight.”"),
                r(2, "Gazette", QuoteKind.DIRECT, "Tom Hale", "“The vote was rushed through at midnight.”"))));
        assertThat(speakers.flags()).containsExactly(Flag.DIFFERENT_SPEAKERS);

        Statement paraphrase = only(Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Tom Hale", "“The council did not understand the costs of the bridge.”"),
                r(2, "Gazette", QuoteKind.INDIRECT, "Tom Hale", "that the council had not understood what the bridge would cost"))));
        assertThat(paraphrase.flags()).contains(Flag.DIRECT_VS_PARAPHRASE);
        assertThat(paraphrase.reference().kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aShortPhraseDoesNotTakeThePlaceOfTheFullQuoteFromTheSameArticle() {
        List<Statement> statements = Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Okafor", "“This bridge will be open to traffic by May, and not a day later.”"),
                r(2, "Gazette", QuoteKind.PARTIAL, "Okafor", "“by May”"),
                r(2, "Gazette", QuoteKind.DIRECT, "Okafor", "“The bridge will be open by May.”")));
        Statement bridge = statements.get(0);
        assertThat(bridge.versions()).extracting(v -> v.rendering().text())
                .containsExactlyInAnyOrder("“This bridge will be open to traffic by May, and not a day later.”", "“The bridge will be open by May.”");
    }

    @Test
    void twoPeopleUsingAStockPhraseAreNotOneStatement() {
        List<Statement> statements = Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Renée Okafor", "“But of course we have nothing directly to do with this.”"),
                r(2, "Gazette", QuoteKind.PARTIAL, "Tom Hale", "“had nothing to do with this”")));
        assertThat(statements).hasSize(2);
    }

    @Test
    void differentUtterancesStayApartAndOneArticleGivesOneVersion() {
        List<Statement> statements = Statements.group(List.of(
                r(1, "Courier", QuoteKind.DIRECT, "Okafor", "“The bridge opens in May.”"),
                r(1, "Courier", QuoteKind.DIRECT, "Okafor", "“The bridge opens in May, as promised.”"),
                r(2, "Gazette", QuoteKind.DIRECT, "Varga", "“Ferry crews are tired of night shifts.”")));
        assertThat(statements).hasSize(3);
    }

    private static Statement only(List<Statement> statements) {
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }
}
