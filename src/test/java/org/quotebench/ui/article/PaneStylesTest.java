package org.quotebench.ui.article;

import org.quotebench.ui.startup.MadeUpArticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.QuoteMarks;

class PaneStylesTest {
    @Test
    void theTextCarriesColoursAndNestingButNotTheQuoteMarker() {
        MadeUpArticle article = MadeUpArticle.of(60);
        DisplayText display = DisplayText.of(article.text(), ArticlePane.DISPLAY_CHUNK);
        StyleSpans<Collection<String>> spans = PaneStyles.of(display, article.quotes(), QuoteMarks.ColourMode.SPEAKER,
                Optional.empty());
        List<Collection<String>> styles = new ArrayList<>();
        spans.forEach(span -> styles.add(span.getStyle()));
        assertThat(styles).noneMatch(style -> style.contains(QuoteMarks.QUOTE));
        assertThat(styles).anyMatch(style -> style.contains("depth-2")).anyMatch(style -> style.contains("mention"));
        for (var quote : article.quotes()) {
            int middle = display.toDisplay(quote.span()).start() + 1;
            int run = spans.offsetToPosition(middle, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
            assertThat(spans.getStyleSpan(run).getStyle()).as("quote %d", quote.id()).anyMatch(name -> name.startsWith("speaker-"));
        }
        assertThat(PaneStyles.shown(List.of("quote", "suggested", "speaker-3"))).containsExactly("suggested", "speaker-3");
        assertThat(PaneStyles.shown(List.of("mention"))).containsExactly("mention");
    }

    @Test
    void changesCoverExactlyWhereTheStylesDiffer() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int length = random.nextInt(200);
            List<String> before = styles(random, length);
            List<String> after = new ArrayList<>(before);
            for (int edits = random.nextInt(4); edits > 0 && length > 0; edits--) {
                int from = random.nextInt(length);
                int to = Math.min(length, from + 1 + random.nextInt(20));
                String style = random.nextBoolean() ? "quote" : "";
                for (int i = from; i < to; i++) {
                    after.set(i, style);
                }
            }
            List<Span> changes = PaneStyles.changes(spans(before), spans(after));
            boolean[] covered = new boolean[length];
            int last = -1;
            for (Span range : changes) {
                assertThat(range.start()).isGreaterThan(last);
                last = range.end();
                for (int i = range.start(); i < range.end(); i++) {
                    covered[i] = true;
                }
            }
            for (int i = 0; i < length; i++) {
                if (!before.get(i).equals(after.get(i))) {
                    assertThat(covered[i]).as("round %d, index %d", round, i).isTrue();
                }
            }
            assertThat(changes.size()).isLessThanOrEqualTo(PaneStyles.MOST_RANGES);
            if (before.equals(after)) {
                assertThat(changes).isEmpty();
            }
        }
    }

    @Test
    void oneQuoteChangedIsOneSmallRange() {
        List<String> before = new ArrayList<>(java.util.Collections.nCopies(1000, ""));
        List<String> after = new ArrayList<>(before);
        for (int i = 500; i < 520; i++) {
            after.set(i, "quote");
        }
        assertThat(PaneStyles.changes(spans(before), spans(after))).containsExactly(new Span(500, 520));
        assertThat(PaneStyles.changes(spans(before), spans(before))).isEmpty();
    }

    @Test
    void theStyledDocumentHoldsTheDisplayTextWithItsStylesParagraphByParagraph() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(120); text.length() < length; ) {
                text.append(random.nextInt(6) == 0 ? '\n' : 'a');
            }
            org.quotebench.ui.text.DisplayText display = org.quotebench.ui.text.DisplayText.of(text.toString(), 16);
            List<String> styles = styles(random, display.text().length());
            var document = PaneStyles.document(display, spans(styles), org.fxmisc.richtext.model.SegmentOps.styledTextOps(),
                    List.of());
            assertThat(document.getText()).isEqualTo(display.text());
            for (int i = 0; i < styles.size(); i++) {
                if (display.text().charAt(i) != '\n') {
                    assertThat(String.join(" ", document.getStyleOfChar(i)) + "").as("round %d, char %d", round, i)
                            .isEqualTo(styles.get(i));
                }
            }
        }
    }

    private static List<String> styles(Random random, int length) {
        List<String> styles = new ArrayList<>();
        String style = "";
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                style = List.of("", "quote", "quote selected", "mention").get(random.nextInt(4));
            }
            styles.add(style);
        }
        return styles;
    }

    /** Style spans with one span per char, some empty spans in between, as a builder may give. */
    private static StyleSpans<Collection<String>> spans(List<String> styles) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        if (styles.isEmpty()) {
            builder.add(List.of(), 0);
        }
        for (String style : styles) {
            builder.add(style.isEmpty() ? List.of() : List.of(style.split(" ")), 1);
        }
        return builder.create();
    }
}
