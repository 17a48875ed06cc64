package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the ranker is told about each candidate, on fictional sentences. */
class CandidateFeaturesTest {
    private static boolean has(int[] features, int id) {
        return Arrays.stream(features).anyMatch(f -> f == id);
    }

    @Test
    void theSubjectOfACueIsToldSo() {
        String text = "“The ferry will run again by June,” Harbour Master Ines Varga said, and a spokesman nodded.";
        Windows.Seen seen = Windows.of(text).get(0);
        int cueAfter = CandidateFeatures.id(CandidateFeatures.CUE_AFTER, 1);
        assertThat(has(seen.featuresOf("Harbour Master Ines Varga"), cueAfter)).isTrue();
        assertThat(has(seen.featuresOf("spokesman"), cueAfter)).isFalse();
    }

    @Test
    void appositionPossessiveAndPrepositionAreSeen() {
        String text = "Ines Varga, the harbour master of Wellby, said the ferry was “back on track”, and Brandt’s office "
                + "said a spokesman for the ministry agreed.";
        Windows.Seen seen = Windows.of(text).get(0);
        assertThat(has(seen.featuresOf("Ines Varga"), CandidateFeatures.id(CandidateFeatures.APPOSITION, 2))).isTrue();
        assertThat(has(seen.featuresOf("Brandt’s"), CandidateFeatures.id(CandidateFeatures.POSSESSIVE, 1))).isTrue();
        assertThat(has(seen.featuresOf("ministry"), CandidateFeatures.id(CandidateFeatures.PREPOSITION, "for"))).isTrue();
        assertThat(has(seen.featuresOf("Ines Varga"), CandidateFeatures.id(CandidateFeatures.PREPOSITION, "for"))).isFalse();
    }

    @Test
    void aPassiveTellsItsSubjectFromItsAgent() {
        String text = "The pair were once dubbed the town’s “odd couple” by neighbours.";
        Windows.Seen seen = Windows.of(text).get(0);
        assertThat(has(seen.featuresOf("pair"), CandidateFeatures.id(CandidateFeatures.PASSIVE, 1))).isTrue();
        assertThat(has(seen.featuresOf("neighbours"), CandidateFeatures.id(CandidateFeatures.PASSIVE, 2))).isTrue();
    }

    @Test
    void featuresDependOnTheTextAloneAndOnTheSide() {
        String text = "Mayor Ilse Brandt spoke first. “We are ready,” Brandt said. “The money is there.” Tove Aker "
                + "disagreed.";
        Windows.Seen once = Windows.of(text).get(0);
        Windows.Seen again = Windows.of(text).get(0);
        assertThat(again.features()).isDeepEqualTo(once.features());
        // the same name before one quote and after another is told apart
        Windows.Seen second = Windows.of(text).get(1);
        assertThat(second.featuresOf("Brandt")).isNotEqualTo(once.featuresOf("Brandt"));
    }

    @Test
    void theRulesPickAndThePreviousSpeakerAreMarked() {
        String text = "“We are ready,” said Mayor Ilse Brandt. “The money is there.”";
        Windows.Seen second = Windows.of(text).get(1);
        SpeakerCandidate previous = second.candidate("Ilse Brandt"); // the rules' mention, its role left out
        assertThat(previous.previous()).isTrue();
        assertThat(second.window().inherits()).isTrue();
        assertThat(second.window().rules()).isEmpty();
    }

    @Test
    void aWindowsFeaturesAreNotReadOnceItsThreadReadsAnotherWindow() {
        // the candidates' positions live in arrays each thread reuses window after window (decision 29's addendum)
        String text = "“The ferry runs,” Ines Varga said. Tom Hale disagreed.\n\n“It does not,” Hale said, and the mayor nodded.";
        java.util.List<Windows.Seen> seen = Windows.of(text);
        RankerModel model = RankerModel.shipped().orElseThrow();
        CandidateFeatures first = new CandidateFeatures(seen.get(0).window());
        float before = first.score(0, model);
        CandidateFeatures second = new CandidateFeatures(seen.get(1).window());
        assertThat(second.score(0, model)).isNotNaN();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.score(0, model)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("another window");
        assertThat(new CandidateFeatures(seen.get(0).window()).score(0, model)).isEqualTo(before); // read afresh: the same
    }
}
