package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ConfirmedQuote;
import org.quotebench.core.Span;

/** Issue 21: which of the finder's candidates a confirmed quote calls right, and which finder quote it is. */
class FinderTeacherTest {
    @Test
    void aCandidateNamesTheSpeakerByAnyNameOrItsSurnameWhateverTheAccentsAndCase() {
        List<String> names = List.of("Renée Okafor", "Mayor Okafor");
        assertThat(FinderTeacher.names("Renee  OKAFOR", names)).isTrue();
        assertThat(FinderTeacher.names("Rene\u0301e Okafor", names)).as("a combining accent").isTrue();
        assertThat(FinderTeacher.names("Okafor", names)).as("the surname").isTrue();
        assertThat(FinderTeacher.names("Ms Okafor", names)).isTrue();
        assertThat(FinderTeacher.names("the Harbour Board", List.of("Harbour Board"))).isTrue();
        assertThat(FinderTeacher.names("she", names)).isFalse();
        assertThat(FinderTeacher.names("okafor's office", names)).as("not capitalised, not the name").isFalse();
        assertThat(FinderTeacher.names("Lagos", names)).isFalse();
        assertThat(FinderTeacher.names("Okafor", List.of("Okafor Street"))).as("not a surname of a one-word name").isFalse();
    }

    @Test
    void theMentionDecidesOnlyWhenNoCandidateIsNamed() {
        String text = "Renée Okafor left. Later she said: “No.”";
        Span okafor = span(text, "Renée Okafor");
        Span she = span(text, "she");
        ConfirmedQuote withName = new ConfirmedQuote(span(text, "“No.”"), Optional.of(she), List.of("Renée Okafor"));
        assertThat(FinderTeacher.right(text, List.of(okafor, she), withName)).containsExactly(true, false);
        ConfirmedQuote unnamed = new ConfirmedQuote(span(text, "“No.”"), Optional.of(she), List.of("a harbour official"));
        assertThat(FinderTeacher.right(text, List.of(okafor, she), unnamed)).containsExactly(false, true);
        ConfirmedQuote nothing = new ConfirmedQuote(span(text, "“No.”"), Optional.empty(), List.of("a harbour official"));
        assertThat(FinderTeacher.right(text, List.of(okafor, she), nothing)).containsExactly(false, false);
    }

    @Test
    void aFoundQuoteIsTheConfirmedOneWhenTheyMostlyOverlap() {
        assertThat(FinderTeacher.sameQuote(new Span(10, 30), new Span(9, 31))).as("marks included or not").isTrue();
        assertThat(FinderTeacher.sameQuote(new Span(10, 30), new Span(0, 200))).as("a piece of a longer quote").isTrue();
        assertThat(FinderTeacher.sameQuote(new Span(10, 30), new Span(28, 60))).isFalse();
        assertThat(FinderTeacher.sameQuote(new Span(10, 30), new Span(30, 60))).isFalse();
    }

    private static Span span(String text, String words) {
        int start = text.indexOf(words);
        return new Span(start, start + words.length());
    }
}
