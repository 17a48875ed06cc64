package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void sentencesEndAtStopsButNotAfterAbbreviationsOrInitials() {
        String text = "Sen. Jane Roe met Mr. J. Smith in the U.S. capital. They talked.";
        assertThat(Sentences.startsAt(text, text.indexOf("Jane"))).isFalse();
        assertThat(Sentences.startsAt(text, text.indexOf("Smith"))).isFalse();
        assertThat(Sentences.startsAt(text, text.indexOf("They"))).isTrue();
        SentenceStarts starts = new SentenceStarts(text);
        assertThat(starts.before(text.indexOf("talked"), 0)).isEqualTo(text.indexOf("They"));
        assertThat(starts.endAfter(0, text.length())).isEqualTo(text.indexOf(" They"));
    }

    @Test
    void aLineBreakAlwaysEndsASentenceAndAQuoteMarkMayCloseOne() {
        String text = "no stop here\nnext line. “Quoted.” Then";
        assertThat(Sentences.startsAt(text, text.indexOf("next"))).isTrue();
        assertThat(Sentences.startsAt(text, text.indexOf("“"))).isTrue();
        assertThat(Sentences.startsAt(text, text.indexOf("Then"))).isTrue();
    }
}
