package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Suggestion;

/** The speaker rules added for real news, each on fictional sentences. */
class SpeakerRulesTest {
    private final QuoteFinder finder = new QuoteFinder();

    private static String mention(String text, Suggestion s) {
        return s.mention().map(m -> text.substring(m.start(), m.end())).orElse("-");
    }

    private static String speaker(Suggestion s) {
        return s.speaker().orElse("-");
    }

    @Test
    void aContinuationKeepsTheMentionThatNamedItsSpeaker() {
        String text = "Mayor Ilse Brandt spoke first.\n\n“The bridge is safe,” she said.\n\n“We checked it twice.”";
        List<Suggestion> found = finder.find(text);
        assertThat(found).hasSize(2);
        assertThat(mention(text, found.get(1))).isEqualTo("she");
        assertThat(speaker(found.get(1))).isEqualTo("Ilse Brandt");
    }

    @Test
    void aPronounOpeningTheSentenceSpeaksThroughSaying() {
        String text = "Talia Brook spoke on the radio.\n\nShe later stood by the comment, saying, “I mean every word.”";
        Suggestion s = finder.find(text).get(0);
        assertThat(mention(text, s)).isEqualTo("She");
        assertThat(speaker(s)).isEqualTo("Talia Brook");
    }

    @Test
    void aCapitalisedAccordingToNamesTheSpeaker() {
        String text = "According to Harland Voss, “the season is over and we lost.”";
        assertThat(speaker(finder.find(text).get(0))).isEqualTo("Harland Voss");
    }

    @Test
    void documentsReadAndStateAndWitnessesYell() {
        String letter = "“Our children are doing well,” the letter reads.";
        assertThat(mention(letter, finder.find(letter).get(0))).isEqualTo("letter");
        String yell = "Quinn Abara ran to the corner. “Where is the dog?” she yells from the porch.";
        assertThat(mention(yell, finder.find(yell).get(0))).isEqualTo("she");
    }

    @Test
    void aNoBreakSpaceSeparatesWordsLikeAnyOther() {
        String text = "“We check every claim,” FactDesk\u00a0says.";
        Suggestion s = finder.find(text).get(0);
        assertThat(speaker(s)).isEqualTo("FactDesk");
        assertThat(s.cue().map(c -> text.substring(c.start(), c.end()))).contains("says");
    }

    @Test
    void aCharacterisationAfterAsIsProposedAndGoesToTheSubject() {
        String text = "Councillor Ines Marlow has kept attacking the developer as a “land grabber” all week.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(Suggestion::text).containsExactly("land grabber");
        assertThat(speaker(found.get(0))).isEqualTo("Ines Marlow");
    }

    @Test
    void aPartyAndStateTagIsSkippedBeforeTheCue() {
        String text = "“We have the votes,” Senate Majority Leader Tom Varga, R-Ida., told a radio host.";
        assertThat(speaker(finder.find(text).get(0))).isEqualTo("Tom Varga");
    }

    @Test
    void aNumberBeforeTheSpeakerPhraseAfterTheCue() {
        String widow = "“Nobody asked us,” said 7/7 survivor Anna Kerr.";
        assertThat(speaker(finder.find(widow).get(0))).isEqualTo("Anna Kerr");
        String nurse = "“Nobody asked us,” said 34-year-old nurse Anna Kerr.";
        assertThat(speaker(finder.find(nurse).get(0))).isEqualTo("Anna Kerr");
    }

    @Test
    void aLoneQuoteTakesTheSpeakerOfTheSentenceBeforeIt() {
        String cue = "Mayor Eli Pratt spoke first.\n\nHis old partner at Lumen, Carl B. Hemmings, called him a master of deals."
                + " “He saw what others could not.”";
        assertThat(speaker(finder.find(cue).get(0))).isEqualTo("Carl B. Hemmings");
        String subject = "Sen. Ruth Alder (Vt.), a former teacher, singled out the school budget. “Classes are too big.”";
        assertThat(speaker(finder.find(subject).get(0))).isEqualTo("Ruth Alder");
    }

    @Test
    void aLoneQuoteInANewParagraphStillContinuesTheLastSpeaker() {
        String text = "“We will rebuild,” said Mayor Eli Pratt.\n\nThe storm damaged forty homes.\n\n“It will take a year.”";
        List<Suggestion> found = finder.find(text);
        assertThat(speaker(found.get(1))).isEqualTo("Eli Pratt");
    }

    @Test
    void anArticleReadsAfterTheQuoteAndSomeoneCharacterisesWithAComma() {
        String read = "“The harbour has never looked better,” the old brochure read.";
        assertThat(mention(read, finder.find(read).get(0))).isEqualTo("old brochure");
        String as = "Oren Talley praised the rival. Later, he characterized the senator as, “far too fond of talking.”";
        assertThat(speaker(finder.find(as).get(0))).isEqualTo("Oren Talley");
    }

    @Test
    void aByPhraseAfterTheQuoteIsNoSpeakerWhenTheSentenceHasOne() {
        String text = "Vera Lund spoke in Tromsø. On Monday, she told reporters she felt “shaken” by the ruling.";
        Suggestion s = finder.find(text).get(0);
        assertThat(mention(text, s)).isEqualTo("she");
        assertThat(speaker(s)).isEqualTo("Vera Lund");
    }

    @Test
    void aNounAfterAPrepositionIsNoSubject() {
        String text = "Cyclists riding along the avenues chanted “No more delays” until dawn.";
        assertThat(speaker(finder.find(text).get(0))).isNotEqualTo("avenues");
    }

    @Test
    void aHeadingInCapitalsIsNoSpeakerAndALoneOpeningWordIsNoName() {
        String heading = "THE BOARD HAS DOUBTS — Pell’s plan drew notice, and for saying that it was a “cure for all ills.”";
        assertThat(finder.find(heading)).extracting(s -> s.speaker().orElse("-")).doesNotContain("THE BOARD HAS DOUBTS", "HAS DOUBTS", "BOARD HAS DOUBTS");
        String lone = "Mayor Eli Pratt arrived late.\n\nOnce inside, he spoke. “We are ready,” he said.";
        assertThat(speaker(finder.find(lone).get(0))).isEqualTo("Eli Pratt");
    }

    @Test
    void aReportedClauseGoesToTheOuterSpeaker() {
        String text = "Vera Lund ran a small bakery. She said she recalls the auditor looking “baffled” at first.";
        Suggestion s = finder.find(text).get(0);
        assertThat(s.cue().map(c -> text.substring(c.start(), c.end()))).contains("said");
        assertThat(mention(text, s)).isEqualTo("She");
    }

    @Test
    void aNameRightBeforeAParticipleIsItsSubject() {
        String text = "The clip shows Mara Quist asking, “Where did the money go?”";
        Suggestion s = finder.find(text).get(0);
        assertThat(speaker(s)).isEqualTo("Mara Quist");
    }
}
