package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Suggestion;

/**
 * Issue 21: cue words learned from the training corpus's Cue spans (the long tail a hand list lacks)
 * introduce quotes like the hand-written ones: the attribution is read at the quote, with its cue.
 */
class LearnedCuesTest {
    @Test
    void theShippedListHoldsWordsBeyondTheHandWrittenOnes() {
        assertThat(LearnedCues.WORDS).isNotEmpty().allSatisfy(word -> assertThat(word).matches("\\p{Ll}{3,}"));
        assertThat(LearnedCues.WORDS).contains("interjected", "assures");
        assertThat(Lexicon.CUES).containsAll(LearnedCues.WORDS);
    }

    @Test
    void aLearnedCueIntroducesItsQuoteWithTheAttributionReadThere() {
        String text = "Budget row\n\n🚢 The council met on Cafe\u0301 Street. “We will build the bridge before winter,” interjected"
                + " Mayor Dana Holt.\n\n“No new taxes,” Holt assures voters in a letter.";
        List<Suggestion> found = new QuoteFinder().find(text);
        assertThat(found).extracting(s -> s.speaker().orElse("-")).containsExactly("Dana Holt", "Dana Holt");
        assertThat(found).extracting(s -> s.cue().map(c -> text.substring(c.start(), c.end())).orElse("-"))
                .containsExactly("interjected", "assures");
    }
}
