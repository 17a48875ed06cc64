package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;

class QuoteReaderTest {
    private static Optional<Candidate> first(String text) {
        List<QuotedSpan> quoted = QuotedSpans.find(text);
        return QuoteReader.read(text, quoted, 0);
    }

    @Test
    void aQuoteOpeningItsSentenceIsDirectAPhraseInsideOneIsPartial() {
        assertThat(first("“We will win,” she said.").orElseThrow().kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first("She said: “We will win.”").orElseThrow().kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first("He called it “a dramatic escalation” on Monday.").orElseThrow().kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void scareQuotesAndTitlesAreNotProposed() {
        assertThat(first("The so-called “quiet zone” will return.")).isEmpty();
        assertThat(first("She appeared on “Sunday Talk” and left.")).isEmpty();
        assertThat(first("Critics called the plan a “stunt” on Monday.")).isPresent();
    }

    @Test
    void aShowOrEventNamedInACuedSentenceIsNotAQuote() {
        assertThat(first("Mayor Okafor said on “Harbour Sunday” that the bridge would open in May.")).isEmpty();
        assertThat(first("Hale told voters at the “Saltmere Spring Forum” that the vote was rushed.")).isEmpty();
        // Words quoted in title case that end a sentence are still someone's words.
        assertThat(first("Hale called it a plan for “Peace Through Tolls.”")).isPresent();
    }

    @Test
    void theNameOfAWorkIsNotAQuoteButWordsAboutThatWorkAre() {
        assertThat(first("Okafor told Bellmouth Radio’s “Harbour Hour” on Friday that the bridge would open.")).isEmpty();
        assertThat(first("Hale said on Channel 4's \"Morning Tide,\" that the vote was rushed.")).isEmpty();
        assertThat(first("In her 2019 memoir, “Tolls and Tides,” Hale wrote about the crossing.")).isEmpty();
        assertThat(first("Callers rang his “Straight Talk” radio program to complain.")).isEmpty();
        assertThat(first("Ferry crews sang the anthem ''Hold the Line,'' before the vote.")).isEmpty();
        assertThat(first("Intro\n\n“Tolls Are Not the Enemy.”\n\nThe council met on Tuesday.")).isEmpty();
        // A verdict on a book, not its title, is still someone's words.
        assertThat(first("Raman called the book “a work of fiction” on Monday.")).isPresent();
        assertThat(first("“The bridge will open,” Okafor said.\n\nRaman’s reply: “Not This Year.”")).isPresent();
    }

    @Test
    void theAttributionIsGivenWithItsCue() {
        String text = "“Yes,” Peskov told reporters.";
        Attribution a = first(text).orElseThrow().attribution().orElseThrow();
        assertThat(text.substring(a.cue().start(), a.cue().end())).isEqualTo("told");
        assertThat(text.substring(a.mention().span().start(), a.mention().span().end())).isEqualTo("Peskov");
        assertThat(a.adjacent()).isTrue();
    }

    @Test
    void aColonAtTheEndOfTheParagraphBeforeIntroducesTheQuote() {
        String text = "He said:\n\n“We have a situation.”";
        assertThat(first(text).orElseThrow().attribution()).isPresent();
    }
}
