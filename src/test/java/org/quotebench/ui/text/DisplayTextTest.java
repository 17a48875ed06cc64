package org.quotebench.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;

class DisplayTextTest {
    private static final String SENTENCE = "The ferry committee said the new timetable would start in spring. ";

    @Test
    void shortParagraphsComeBackAsTheSameString() {
        String article = "Mayor Ilse Varga said \"the tide barrier holds\".\n\nCouncillors agreed.\n";
        DisplayText display = DisplayText.of(article);
        assertThat(display.text()).isSameAs(article);
        assertThat(display.isIdentity()).isTrue();
        assertThat(display.isUnchanged()).isTrue();
        for (int i = 0; i <= article.length(); i++) {
            assertThat(display.toDisplay(i)).isEqualTo(i);
            assertThat(display.toArticle(i)).isEqualTo(i);
        }
    }

    @Test
    void emptyAndExactlyMaxLengthTextsAreUnchanged() {
        assertThat(DisplayText.of("").text()).isEmpty();
        String exact = "x".repeat(100);
        assertThat(DisplayText.of(exact, 100).isUnchanged()).isTrue();
        assertThat(DisplayText.of(exact + "\n" + exact, 100).isUnchanged()).isTrue();
        assertThat(DisplayText.of(exact + "x", 100).isUnchanged()).isFalse();
    }

    @Test
    void aLongParagraphWithSpacesIsBrokenAtSpacesWithoutMovingOffsets() {
        String article = SENTENCE.repeat(40);
        DisplayText display = DisplayText.of(article, 200);
        assertThat(display.isIdentity()).isTrue();
        assertThat(display.isUnchanged()).isFalse();
        assertThat(display.text()).hasSameSizeAs(article);
        assertThat(display.replacedBreaks()).isGreaterThan(10);
        assertParagraphsAtMost(display.text(), 200);
        assertThat(display.text().replace('\n', ' ')).isEqualTo(article);
        assertThat(display.articleSlice(0, display.text().length())).isEqualTo(article);
        int firstBreak = display.text().indexOf('\n');
        assertThat(display.isMadeBreak(firstBreak)).isTrue();
        assertThat(display.isMadeBreak(firstBreak - 1)).isFalse();
        assertThat(article.charAt(firstBreak)).isEqualTo(' ');
    }

    @Test
    void theArticlesOwnLineBreaksAreNotMadeBreaks() {
        String article = "Short.\n" + SENTENCE.repeat(10);
        DisplayText display = DisplayText.of(article, 100);
        assertThat(display.isMadeBreak(6)).isFalse();
        assertThat(display.text().charAt(6)).isEqualTo('\n');
    }

    @Test
    void tabsAndOtherWhitespaceAreBreakPointsButNoBreakSpacesAreNot() {
        String tabbed = ("word\t").repeat(100);
        DisplayText display = DisplayText.of(tabbed, 50);
        assertThat(display.isIdentity()).isTrue();
        assertParagraphsAtMost(display.text(), 50);
        assertThat(display.articleSlice(0, display.text().length())).isEqualTo(tabbed);

        String noBreak = ("word\u00A0").repeat(100);
        DisplayText kept = DisplayText.of(noBreak, 50);
        assertThat(kept.isIdentity()).isFalse();
        assertThat(kept.text().replace("\n", "")).isEqualTo(noBreak);
    }

    @Test
    void textWithoutWhitespaceGetsInsertedBreaks() {
        String article = "abcdefghij".repeat(100);
        DisplayText display = DisplayText.of(article, 64);
        assertThat(display.isIdentity()).isFalse();
        assertThat(display.insertedBreaks()).isEqualTo(15);
        assertThat(display.text()).hasSize(article.length() + 15);
        assertThat(display.text().replace("\n", "")).isEqualTo(article);
        assertParagraphsAtMost(display.text(), 64);
        int breakAt = display.text().indexOf('\n');
        assertThat(display.isMadeBreak(breakAt)).isTrue();
        assertThat(display.toArticle(breakAt)).isEqualTo(breakAt);
        assertThat(display.toArticle(breakAt + 1)).isEqualTo(breakAt);
        assertThat(display.toDisplay(breakAt)).isEqualTo(breakAt + 1);
    }

    @Test
    void roundTripsForEveryIndexOfSmallTexts() {
        Random random = new Random(7);
        String alphabet = "ab ,.\u00e9\n\u0301";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            while (text.length() < length) {
                int pick = random.nextInt(alphabet.length() + 2);
                if (pick == alphabet.length()) {
                    text.append("\uD83D\uDE00");
                } else if (pick == alphabet.length() + 1) {
                    text.append("x".repeat(random.nextInt(60)));
                } else {
                    text.append(alphabet.charAt(pick));
                }
            }
            String article = text.toString();
            DisplayText display = DisplayText.of(article, 16 + random.nextInt(40));
            checkConsistent(article, display);
        }
    }

    @Test
    void insertedBreaksNeverSplitAnEmoji() {
        for (int shift = 0; shift < 4; shift++) {
            String article = "y".repeat(shift) + "\uD83C\uDF0A".repeat(300);
            DisplayText display = DisplayText.of(article, 33);
            assertThat(display.insertedBreaks()).isPositive();
            checkConsistent(article, display);
            String shown = display.text();
            for (int i = 1; i < shown.length(); i++) {
                if (shown.charAt(i) == '\n') {
                    assertThat(Character.isHighSurrogate(shown.charAt(i - 1))).as("break after a high surrogate at %d", i)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void insertedBreaksKeepFlagsAndAccentsWhole() {
        String flags = "\uD83C\uDDEC\uD83C\uDDE7".repeat(8) + "z".repeat(200);
        DisplayText display = DisplayText.of(flags, 30);
        int firstBreak = display.text().indexOf('\n');
        assertThat(firstBreak % 4).as("a break between two flags, not inside one").isZero();

        String accents = "e\u0301".repeat(200);
        DisplayText accented = DisplayText.of(accents, 33);
        String shown = accented.text();
        for (int i = 0; i + 1 < shown.length(); i++) {
            if (shown.charAt(i) == '\n') {
                assertThat(shown.charAt(i + 1)).isEqualTo('e');
            }
        }
        checkConsistent(accents, accented);
    }

    @Test
    void aMillionCharParagraphWithSpacesKeepsOffsets() {
        String article = SENTENCE.repeat(1_000_000 / SENTENCE.length() + 1).substring(0, 1_000_000);
        DisplayText display = DisplayText.of(article);
        assertThat(display.isIdentity()).isTrue();
        assertThat(display.text()).hasSize(1_000_000);
        assertParagraphsAtMost(display.text(), DisplayText.DEFAULT_MAX_CHUNK);
        assertThat(display.replacedBreaks()).isBetween(500, 700);
        assertThat(display.articleSlice(12_345, 654_321)).isEqualTo(article.substring(12_345, 654_321));
    }

    @Test
    void aMillionCharsWithoutWhitespaceGetInsertedBreaks() {
        StringBuilder text = new StringBuilder(1_000_000);
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append((char) ('a' + i % 26));
        }
        String article = text.toString();
        DisplayText display = DisplayText.of(article);
        assertThat(display.insertedBreaks()).isEqualTo(499);
        assertParagraphsAtMost(display.text(), DisplayText.DEFAULT_MAX_CHUNK);
        for (int i = 0; i <= article.length(); i += 997) {
            assertThat(display.toArticle(display.toDisplay(i))).isEqualTo(i);
        }
        int start = display.toDisplay(333_333);
        int end = display.toDisplay(777_777);
        assertThat(display.articleSlice(start, end)).isEqualTo(article.substring(333_333, 777_777));
        assertThat(display.articleSlice(0, display.text().length())).isEqualTo(article);
    }

    @Test
    void articleSpansEndBeforeAnInsertedBreak() {
        String article = "q".repeat(40);
        DisplayText display = DisplayText.of(article, 16);
        assertThat(display.text()).isEqualTo("q".repeat(16) + "\n" + "q".repeat(16) + "\n" + "q".repeat(8));
        assertThat(display.toDisplay(new Span(10, 16))).isEqualTo(new Span(10, 16));
        assertThat(display.toDisplay(new Span(16, 20))).isEqualTo(new Span(17, 21));
        assertThat(display.toDisplay(new Span(10, 20))).isEqualTo(new Span(10, 21));
        assertThat(display.toDisplay(new Span(16, 16))).isEqualTo(new Span(17, 17));
        assertThat(display.toArticle(10, 21)).isEqualTo(new Span(10, 20));
        assertThat(display.articleSlice(14, 19)).isEqualTo("qqqq");
    }

    @Test
    void refusesIndicesOutsideTheText() {
        DisplayText display = DisplayText.of("abc");
        assertThatThrownBy(() -> display.toDisplay(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> display.toArticle(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> DisplayText.of("abc", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void checkConsistent(String article, DisplayText display) {
        String shown = display.text();
        assertThat(shown.length()).isEqualTo(article.length() + display.insertedBreaks());
        for (int i = 0; i <= article.length(); i++) {
            int d = display.toDisplay(i);
            assertThat(display.toArticle(d)).as("round trip of %d in %s", i, article).isEqualTo(i);
            if (i < article.length()) {
                char a = article.charAt(i);
                char s = shown.charAt(d);
                assertThat(s == a || (s == '\n' && Character.isWhitespace(a))).as("char %d", i).isTrue();
            }
        }
        for (int d = 0; d <= shown.length(); d++) {
            int a = display.toArticle(d);
            assertThat(a).isBetween(0, article.length());
            if (d < shown.length()) {
                char expected = display.isMadeBreak(d) ? '\n' : article.charAt(a);
                assertThat(shown.charAt(d)).as("display char %d", d).isEqualTo(expected);
            }
        }
        for (int start = 0; start <= shown.length(); start += 7) {
            for (int end = start; end <= shown.length(); end += 13) {
                Span span = display.toArticle(start, end);
                assertThat(display.articleSlice(start, end)).isEqualTo(article.substring(span.start(), span.end()));
            }
        }
        assertThat(display.articleSlice(0, shown.length())).isEqualTo(article);
    }

    private static void assertParagraphsAtMost(String text, int max) {
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            assertThat(end - start).as("paragraph at %d", start).isLessThanOrEqualTo(max);
            start = end + 1;
        }
    }
}
