package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Suggestion;

/** Issue 22: the finder proposes a quote its attribution interrupts as one quote in two pieces, and only then. */
class InterruptedQuotesTest {
    private final QuoteFinder finder = new QuoteFinder();

    /** Each suggestion's pieces, as the text has them. */
    private List<List<String>> pieces(String text) {
        return finder.find(text).stream().map(s -> s.fragments().stream().map(p -> text.substring(p.start(), p.end())).toList())
                .toList();
    }

    @Test
    void anAttributionBetweenTwoQuotationsMakesOneQuoteInTwoPieces() {
        // an emoji and a combining accent before the quote: pieces are Java indices like every span
        String text = "👩🏽‍⚕️ Rene\u0301e Okafor spoke.\n\n“We will,” Okafor said, “and soon.”";
        Suggestion s = finder.find(text).get(0);
        assertThat(s.fragments()).hasSize(2);
        assertThat(text.substring(s.fragments().get(0).start(), s.fragments().get(0).end())).isEqualTo("We will,");
        assertThat(text.substring(s.fragments().get(1).start(), s.fragments().get(1).end())).isEqualTo("and soon.");
        assertThat(s.span()).isEqualTo(new org.quotebench.core.Span(s.fragments().get(0).start(), s.fragments().get(1).end()));
        assertThat(s.text()).isEqualTo(text.substring(s.span().start(), s.span().end()));
        assertThat(s.speaker()).contains("Rene\u0301e Okafor");
        assertThat(s.mention().map(m -> text.substring(m.start(), m.end()))).contains("Okafor");
        assertThat(s.cue().map(c -> text.substring(c.start(), c.end()))).contains("said");
    }

    @Test
    void anAttributionEndingTheSentenceJoinsTheNextQuotationToo() {
        String text = "Ines Varga runs the harbour.\n\n“The ferry stays,” she told reporters. “It always has.”";
        assertThat(pieces(text)).containsExactly(List.of("The ferry stays,", "It always has."));
    }

    @Test
    void quotationsStayApartWhereAnnotatorsKeepThemApart() {
        // a capital after a comma: as often two attributions as one
        assertThat(pieces("Tom Hale spoke.\n\n“We lost,” Hale said, “Nobody else did.”")).hasSize(2);
        // the first ends its sentence inside the marks
        assertThat(pieces("Tom Hale spoke.\n\n“We lost.” Hale said it twice. “Again.”")).hasSize(2);
        // a paragraph between them
        assertThat(pieces("Tom Hale spoke.\n\n“We lost,” Hale said.\n\n“We will try again next year.”")).hasSize(2);
        // more than an attribution between them
        assertThat(pieces("Tom Hale spoke.\n\n“We lost,” Hale said. The vote was close. “Again.”")).hasSize(2);
        // the second has its own attribution after it
        assertThat(pieces("Tom Hale and Ana Ruiz spoke.\n\n“We lost,” said Hale. “We won,” said Ana Ruiz.")).hasSize(2);
    }

    @Test
    void aQuoteInTwoPiecesTakesNoThird() {
        String text = "Ines Varga runs the harbour.\n\n“The ferry stays,” she said, “the cranes stay,” adding, “all of it.”";
        assertThat(pieces(text)).containsExactly(List.of("The ferry stays,", "the cranes stay,"), List.of("all of it."));
    }

    @Test
    void aLongTextIsJoinedAlikeWhenAnotherCoreAsksAboutItsLaterHalf() {
        StringBuilder text = new StringBuilder("Ines Varga runs the harbour.\n\n");
        for (int i = 0; text.length() < 20_000; i++) {
            // runs of two and three interrupted quotations, so that a quote in two pieces and its third meet at every place
            text.append("“The ferry stays,” she said, “the cranes stay,”").append(i % 2 == 0 ? " adding, “all of it.”" : "")
                    .append(" Tom Hale disagreed.\n\n");
        }
        List<Suggestion> alone = finder.on(RankingAhead.Cores.ONE).find(text.toString());
        assertThat(alone).hasSizeGreaterThan(2 * Aside.MIN_QUOTATIONS);
        assertThat(alone).filteredOn(s -> s.fragments().size() == 2).hasSizeGreaterThan(Aside.MIN_QUOTATIONS);
        RankingAhead.Cores atOnce = new RankingAhead.Cores(new RankingAheadTest.RunAtOnce(), 2, new java.util.concurrent.atomic.AtomicLong());
        assertThat(finder.on(atOnce).find(text.toString())).isEqualTo(alone);
    }
}
