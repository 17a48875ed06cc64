package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Suggestion;

/** Which phrases around a quote the ranker may choose from, on fictional news. */
class SpeakerCandidatesTest {
    private static final String ARTICLE = "WELLBY, March 3 — Mayor Ilse Brandt, who took office in May, defended the "
            + "harbour plan on Tuesday.\n\n"
            + "“We have listened to every resident,” Brandt told reporters outside the town hall. A council memo had "
            + "called the plan “rushed”.\n\n"
            + "Critics were unconvinced. “Nobody asked the fishermen,” said Tove Aker, a spokeswoman for the Wellby "
            + "Fishers’ Union, whose members voted against it.";

    @Test
    void namesPronounsRolesAndDocumentsAreCandidates() {
        List<Windows.Seen> seen = Windows.of(ARTICLE);
        Windows.Seen first = seen.get(0);
        assertThat(first.texts()).contains("Mayor Ilse Brandt", "who", "Brandt", "council memo");
        assertThat(first.candidate("who").kind()).isEqualTo(SpeakerCandidate.Kind.RELATIVE);
        assertThat(first.candidate("council memo").kind()).isEqualTo(SpeakerCandidate.Kind.DOCUMENT);
        assertThat(first.candidate("Brandt").rulesPick()).isTrue();
        assertThat(first.candidate("Brandt").kind()).isEqualTo(SpeakerCandidate.Kind.NAME);
        Windows.Seen third = seen.get(2);
        assertThat(third.candidate("Tove Aker").rulesPick()).isTrue();
        assertThat(third.texts()).contains("spokeswoman", "Critics").doesNotContain("asked", "fishermen");
    }

    @Test
    void wordsInsideAnotherQuotationAreNoCandidates() {
        Windows.Seen rushed = Windows.of(ARTICLE).get(1); // “rushed”
        // the first quote's words ("every resident") lie in its window, but inside marks
        assertThat(rushed.texts()).doesNotContain("resident", "every resident").contains("council memo");
    }

    @Test
    void theWindowIsBounded() {
        String far = "Harald Quist spoke first. " + "The hall was full. ".repeat(40) + "“We will see,” she said.";
        Windows.Seen seen = Windows.of(far).get(0);
        assertThat(seen.texts()).contains("she").doesNotContain("Harald Quist");
    }

    @Test
    void aPossessiveNamesBothItsOwnerAndWhatSpeaks() {
        String text = "“The figures are wrong,” Brandt’s office said in a statement.";
        Windows.Seen seen = Windows.of(text).get(0);
        assertThat(seen.texts()).contains("Brandt’s", "Brandt’s office", "statement");
        assertThat(seen.candidate("Brandt’s office").kind()).isEqualTo(SpeakerCandidate.Kind.ROLE);
    }

    @Test
    void aHeadingInCapitalsAndAPassiveSubjectAreNotChosen() {
        String heading = "HARBOUR PLAN STALLS — Brandt’s critics were loud, calling it “a folly.”";
        assertThat(Windows.of(heading).get(0).texts()).doesNotContain("HARBOUR PLAN STALLS", "PLAN STALLS");
        String passive = "The pair were once dubbed the town’s “odd couple” by neighbours.";
        Suggestion s = new QuoteFinder().find(passive).get(0);
        assertThat(s.speaker()).contains("neighbours");
    }

    @Test
    void anEmojiAndACombiningAccentBeforeTheQuoteKeepSpansRight() {
        String text = "🎤 Rene\u0301 Dufour, the festival’s director, said: “We are ready.”";
        Windows.Seen seen = Windows.of(text).get(0);
        assertThat(seen.texts()).contains("Rene\u0301 Dufour");
        Suggestion s = new QuoteFinder().find(text).get(0);
        assertThat(s.speaker()).contains("Rene\u0301 Dufour");
        assertThat(s.mention().map(m -> m.textIn(text))).contains("Rene\u0301 Dufour");
        assertThat(s.role()).contains("festival’s director");
        CodePointIndex index = new CodePointIndex(text);
        // the emoji is two Java chars, one code point: the boundary converts
        assertThat(index.toCodePoint(s.mention().get().start())).isEqualTo(s.mention().get().start() - 1);
    }

    @Test
    void aGroupOpeningTheSentenceSpeaks() {
        String text = "Residents gathered outside the town hall. Some chanted “Save our library!” as the council voted.";
        assertThat(Windows.of(text).get(0).texts()).contains("Some");
        assertThat(new QuoteFinder().find(text).get(0).speaker()).contains("Some");
    }
}
