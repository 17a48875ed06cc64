package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotedSpansTest {
    private static List<String> quotes(String text) {
        return QuotedSpans.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"“word”", "\"word\"", "‘word’", "«word»", "« word »", "»word«", "„word“", "„word”", "‚word‘",
        "「word」", "『word』", "'word'"})
    void everyConventionIsFound(String quoted) {
        assertThat(quotes("He said " + quoted + " and left.")).singleElement().satisfies(q -> assertThat(q.strip()).isEqualTo("word"));
    }

    @Test
    void nestedQuotesBelongToTheOuterOne() {
        assertThat(quotes("“He wrote ‘burn it’ and left,” she said.")).containsExactly("He wrote ‘burn it’ and left,");
        assertThat(quotes("„Er sagte ‚nein‘ dazu“, sagte sie.")).containsExactly("Er sagte ‚nein‘ dazu");
        assertThat(quotes("«Он сказал „нет“ сразу», — сказал он.")).containsExactly("Он сказал „нет“ сразу");
    }

    @Test
    void apostrophesDoNotCloseSingleQuotes() {
        assertThat(quotes("‘It’s Clinton’s fault,’ he said.")).containsExactly("It’s Clinton’s fault,");
        assertThat(quotes("'Don't go,' she said.")).containsExactly("Don't go,");
    }

    @Test
    void aQuoteRunsOverParagraphsThatEachOpenAgain() {
        String text = "“First paragraph.\n\n“Second paragraph.\n\n“Third,” she said.\n\nNext.";
        List<QuotedSpan> found = QuotedSpans.find(text);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.multiParagraph()).isTrue();
            assertThat(text.substring(q.start(), q.end())).startsWith("First").endsWith("Third,");
        });
    }

    @Test
    void aStrayMarkDoesNotSwallowTheRest() {
        String text = "Water was 6\" deep and the agency was “slow to act.\n\nBerg disagreed. “We are working,” Berg said. “It will open.”";
        assertThat(quotes(text)).containsExactly("We are working,", "It will open.");
        // An unclosed quote followed by a paragraph that opens with a mark reads as a multi-paragraph quote.
        assertThat(QuotedSpans.find("“Unclosed.\n\n“Closed.”")).singleElement().satisfies(q -> assertThat(q.multiParagraph()).isTrue());
    }

    @Test
    void straightQuotesPairUpAroundAttribution() {
        assertThat(quotes("\"We will,\" she said, \"and soon.\"")).containsExactly("We will,", "and soon.");
    }

    @Test
    void manyStrayMarksOnOneLineStayLinear() {
        String text = "“a “b ".repeat(200_000);
        assertThat(QuotedSpans.find(text)).isEmpty();
        String apostrophes = "it's 'x ".repeat(200_000);
        assertThat(QuotedSpans.find(apostrophes)).isEmpty();
    }

    @Test
    void aTypistsMixOfCurlyAndStraightMarksStillPairs() {
        assertThat(quotes("The mayor said there was “no evidence\" yet.\n\nIt would take \"more hours” to know."))
                .containsExactly("no evidence", "more hours");
        assertThat(quotes("“Deals should not be a requirement,\" the chairman said.")).containsExactly("Deals should not be a requirement,");
    }

    @Test
    void aMixedCloserWaitsForAProperOneLaterInTheParagraph() {
        // The straight mark after "no" belongs to the inner quote; the quote ends at its own ”.
        assertThat(quotes("“He said \"no\" to me,” she said.")).containsExactly("He said \"no\" to me,");
        // A curly quote inside a straight one keeps its ”; the straight quote goes on to its own ".
        assertThat(quotes("\"They were chanting “U-S-A!” all night,\" he said.")).containsExactly("They were chanting “U-S-A!” all night,");
    }

    @Test
    void aMixedCloserIsNotHeldBackByTheNextQuotesOpeningMark() {
        assertThat(quotes("\"Hi,” she said. \"Bye,” he said.")).containsExactly("Hi,", "Bye,");
        assertThat(quotes("“Hi,\" she said. “Bye,” he said.")).containsExactly("Hi,", "Bye,");
    }

    @Test
    void manyMixedMarksInOneParagraphStayLinear() {
        // Each quote closed by the other style's mark, all in one paragraph: the look-ahead for a proper
        // closer must stop at the next quote, or this takes minutes.
        String curly = "“We will win,\" he said. ".repeat(40_000);
        assertThat(QuotedSpans.find(curly)).hasSize(40_000);
        String straight = "\"We will win,” he said. ".repeat(40_000);
        assertThat(QuotedSpans.find(straight)).hasSize(40_000);
        String text = "“a \"b ".repeat(200_000) + "\n" + "\"a ”b ".repeat(200_000);
        assertThat(QuotedSpans.find(text)).hasSizeLessThan(200_001);
    }
}
