package org.quotebench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    // An emoji (a surrogate pair), a flag (two pairs) and a combining accent before the quote.
    private static final String TEXT = "😀 🇺🇦 Cafe\u0301 said: «Bonjour».";

    @Test
    void convertsBothWaysAroundEmojiAndFlags() {
        CodePointIndex index = new CodePointIndex(TEXT);
        int javaStart = TEXT.indexOf('«');
        int codePointStart = TEXT.codePointCount(0, javaStart);
        assertThat(codePointStart).isEqualTo(javaStart - 3); // one emoji pair and two flag pairs
        assertThat(index.toCodePoint(javaStart)).isEqualTo(codePointStart);
        assertThat(index.toIndex(codePointStart)).isEqualTo(javaStart);
        assertThat(index.codePointLength()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
    }

    @Test
    void agreesWithTheJdkAtEveryBoundary() {
        CodePointIndex index = new CodePointIndex(TEXT);
        for (int cp = 0; cp <= index.codePointLength(); cp++) {
            int javaIndex = TEXT.offsetByCodePoints(0, cp);
            assertThat(index.toIndex(cp)).isEqualTo(javaIndex);
            assertThat(index.toCodePoint(javaIndex)).isEqualTo(cp);
        }
    }

    @Test
    void aCombiningAccentCountsAsItsOwnCodePoint() {
        CodePointIndex index = new CodePointIndex("e\u0301x");
        assertThat(index.codePointLength()).isEqualTo(3);
        assertThat(index.toIndex(2)).isEqualTo(2);
    }

    @Test
    void refusesIndicesInsideASurrogatePairAndOffsetsPastTheEnd() {
        CodePointIndex index = new CodePointIndex(TEXT);
        assertThatThrownBy(() -> index.toCodePoint(1)).isInstanceOf(QuotebenchException.class).hasMessageContaining("inside");
        assertThatThrownBy(() -> index.toIndex(index.codePointLength() + 1)).hasMessageContaining("past the end");
        assertThatThrownBy(() -> index.toSpan(5, 3)).hasMessageContaining("before the start");
        assertThatThrownBy(() -> index.toIndex(-1)).hasMessageContaining("negative");
    }

    @Test
    void aSpanEndingAtTheTextsEndConverts() {
        CodePointIndex index = new CodePointIndex(TEXT);
        Span span = index.toSpan(index.codePointLength() - 1, index.codePointLength());
        assertThat(span.textIn(TEXT)).isEqualTo(".");
    }

    @Test
    void spansMayNotSplitACharacter() {
        assertThat(new CodePointIndex(TEXT).toSpan(0, 1).textIn(TEXT)).isEqualTo("😀");
        assertThatThrownBy(() -> Offsets.checkSpan(TEXT, new Span(0, 1))).hasMessageContaining("inside");
    }
}
