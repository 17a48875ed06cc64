package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    @Test
    void marksOpenOnlyBeforeAWordAndApostrophesNeverDo() {
        assertThat(QuoteMarks.canOpen("say \"yes\"", 4)).isTrue();
        assertThat(QuoteMarks.canOpen("6\" deep", 1)).isFalse();
        assertThat(QuoteMarks.canOpen("it's", 2)).isFalse();
        assertThat(QuoteMarks.canOpen("»so«", 0)).isTrue();
        assertThat(QuoteMarks.canOpen("a » b", 2)).isFalse();
    }

    @Test
    void closersAnswerTheirOpener() {
        assertThat(QuoteMarks.closersOf('„')).contains("“").contains("”");
        assertThat(QuoteMarks.closersOf('«')).isEqualTo("»");
        assertThat(QuoteMarks.closersOf('x')).isEmpty();
        assertThat(QuoteMarks.canClose("Clinton’s", 7, '‘')).isFalse();
        assertThat(QuoteMarks.canClose("no,’ he", 3, '‘')).isTrue();
    }
}
