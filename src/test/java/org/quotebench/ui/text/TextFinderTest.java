package org.quotebench.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;

class TextFinderTest {
    @Test
    void findsEveryOccurrenceIgnoringCase() {
        String text = "Tide barrier. The TIDE turned; tidewater rose.";
        assertThat(TextFinder.find(text, "tide")).containsExactly(new Span(0, 4), new Span(18, 22), new Span(31, 35));
        assertThat(TextFinder.find(text, "Tide", true)).containsExactly(new Span(0, 4));
    }

    @Test
    void occurrencesDoNotOverlap() {
        assertThat(TextFinder.find("aaaaa", "aa")).containsExactly(new Span(0, 2), new Span(2, 4));
        assertThat(TextFinder.find("aaaaa", "aa", true)).containsExactly(new Span(0, 2), new Span(2, 4));
    }

    @Test
    void emptyOrLongerQueriesFindNothing() {
        assertThat(TextFinder.find("harbour", "")).isEmpty();
        assertThat(TextFinder.find("harbour", "harbours")).isEmpty();
        assertThat(TextFinder.find("", "x")).isEmpty();
    }

    @Test
    void indicesStayAlignedWhereLowerCasingWouldChangeLength() {
        // "İ".toLowerCase() is two chars: lower-casing the text first would shift every later index.
        String text = "İstanbul ferry; İSTANBUL ferry";
        assertThat(text.toLowerCase(Locale.ROOT)).hasSizeGreaterThan(text.length());
        assertThat(TextFinder.find(text, "ferry")).containsExactly(new Span(9, 14), new Span(25, 30));
        assertThat(TextFinder.find(text, "istanbul")).containsExactly(new Span(0, 8), new Span(16, 24));
    }

    @Test
    void accentsAndGreekFoldLikeEqualsIgnoreCase() {
        assertThat(TextFinder.find("ÉCOLE école", "École")).containsExactly(new Span(0, 5), new Span(6, 11));
        // Final sigma upper-cases to Σ, so it matches σ, as String.equalsIgnoreCase says.
        assertThat(TextFinder.find("ΟΔΟΣ οδος", "οδοσ")).containsExactly(new Span(0, 4), new Span(5, 9));
        assertThat(TextFinder.find("straße STRASSE", "STRASSE")).containsExactly(new Span(7, 14));
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr", "TR"));
            assertThat(TextFinder.find("TITLE title", "title")).containsExactly(new Span(0, 5), new Span(6, 11));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void emojiAndSupplementaryLetters() {
        String text = "\uD83C\uDF0A wave \uD83C\uDF0A Wave \uD801\uDC00 \uD801\uDC28";
        assertThat(TextFinder.find(text, "\uD83C\uDF0A w")).containsExactly(new Span(0, 4), new Span(8, 12));
        // Deseret capital and small long I fold together, as code points.
        assertThat(TextFinder.find(text, "\uD801\uDC28")).containsExactly(new Span(16, 18), new Span(19, 21));
        assertThat(TextFinder.find(text, "\uDF0A", true)).isEmpty();
        assertThat(TextFinder.find(text, "\uDF0A", false)).isEmpty();
    }

    @Test
    void agreesWithRegionMatches() {
        String text = "Kelvin \u212A and k, long \u017F and S, dotless \u0131 and I, sigma \u03C2 \u03A3 \u03C3.";
        for (String query : List.of("k", "s", "i", "\u03C3", "AND")) {
            List<Span> found = TextFinder.find(text, query);
            int expected = 0;
            for (int i = 0; i + query.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, query, 0, query.length())) {
                    expected++;
                    i += query.length() - 1;
                }
            }
            assertThat(found).as(query).hasSize(expected);
            for (Span span : found) {
                assertThat(text.regionMatches(true, span.start(), query, 0, query.length())).isTrue();
            }
        }
    }

    @Test
    void aMegabyteIsSearchedQuickly() {
        String text = "The port authority said the new quay would open in May. ".repeat(18_000);
        long start = System.nanoTime();
        List<Span> found = TextFinder.find(text, "QUAY");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).hasSize(18_000);
        assertThat(found.get(1)).isEqualTo(new Span(56 + 32, 56 + 36));
        // Generous: the benchmark reports the real figure; this only catches a quadratic slip.
        assertThat(millis).isLessThan(2_000);
    }
}
