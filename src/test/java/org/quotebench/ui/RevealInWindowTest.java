package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: N and P scroll the selected quote fully into view (its start when it is taller than the
 * pane), by as little as it takes, rather than only as far as its first line.
 */
class RevealInWindowTest extends WindowTest {
    private static final String FILLER = "The council chamber was full well past midnight, with residents standing along the back wall"
            + " and spilling into the corridor outside while the clerk read out the amendments one by one.";
    /** Several lines long, in one paragraph. */
    private static final String LONG = "“We have waited long enough for a decision on this bridge, and the town deserves a clear answer"
            + " now: the ferry is full every morning, the road round the bay floods twice a winter, and every family on the north"
            + " shore has a story about a missed appointment or a late shift because the crossing was closed. We will build it,"
            + " we will pay for it without a new tax, and we will open it by May,”";
    private static final String TALL_START = "“Let me read you the whole of our statement.";

    @Test
    void nextAndPreviousShowTheWholeQuoteScrollingTheLeast() throws Exception {
        StringBuilder text = new StringBuilder("A long night at the council\n\n");
        for (int i = 0; i < 40; i++) {
            text.append(FILLER).append("\n\n");
        }
        int longStart = text.length() + "The mayor rose. ".length();
        text.append("The mayor rose. ").append(LONG).append(" she said.\n\n");
        int longEnd = longStart + LONG.length();
        for (int i = 0; i < 20; i++) {
            text.append(FILLER).append("\n\n");
        }
        int tallStart = text.length();
        text.append(TALL_START).append("\n\n");
        for (int i = 0; i < 20; i++) { // a quote over twenty paragraphs: taller than the pane
            text.append(FILLER).append("\n\n");
        }
        text.append("That is all.”\n\nThe meeting closed at two.");
        int tallEnd = text.indexOf("”", tallStart) + 1;
        Path file = dir.resolve("reveal.qb");
        store(file, text.toString(), List.of(new Span(longStart, longEnd), new Span(tallStart, tallEnd)));

        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1);
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> areas().size() == 1 && areas().get(0).getLength() == text.length()
                && workbench.panes().focusedPane().model().quotes().size() == 2);
        StyleClassedTextArea area = areas().get(0);
        robot.clickOn(area);
        waitUntil(area::isFocused);
        Bounds pane = onScreen(area);
        double line = lineHeight(area);
        assertThat(quoteOnScreen(area, longStart, longEnd)).as("the first quote starts below the fold").isEmpty();

        robot.type(KeyCode.N);
        waitUntil(() -> area.getSelection().getStart() == longStart && area.getSelection().getEnd() == longEnd);
        Bounds shown = settledBounds(area, longStart, longEnd);
        assertThat(shown.getHeight()).as("the quote is several lines long").isGreaterThan(3 * line);
        assertThat(shown.getMinY()).as("its first line shows").isGreaterThanOrEqualTo(pane.getMinY() - 1);
        assertThat(shown.getMaxY()).as("its last line shows").isLessThanOrEqualTo(pane.getMaxY() + 1);
        assertThat(pane.getMaxY() - shown.getMaxY()).as("scrolled down no further than its end").isLessThan(2 * line);

        robot.type(KeyCode.N); // a quote taller than the pane: its start shows, at the top
        waitUntil(() -> area.getSelection().getStart() == tallStart && area.getSelection().getEnd() == tallEnd);
        Bounds start = settledBounds(area, tallStart, tallStart + TALL_START.length());
        assertThat(start.getMinY()).isGreaterThanOrEqualTo(pane.getMinY() - 1);
        assertThat(start.getMinY() - pane.getMinY()).as("its start at the top of the pane").isLessThan(2 * line);

        robot.type(KeyCode.P); // back up: the long quote shows whole again, its first line at the top
        waitUntil(() -> area.getSelection().getStart() == longStart);
        Bounds again = settledBounds(area, longStart, longEnd);
        assertThat(again.getMinY()).isGreaterThanOrEqualTo(pane.getMinY() - 1);
        assertThat(again.getMaxY()).isLessThanOrEqualTo(pane.getMaxY() + 1);
        assertThat(again.getMinY() - pane.getMinY()).as("scrolled up no further than its start").isLessThan(2 * line);
    }

    @Test
    void aQuoteInPiecesIsRevealedWithItsFirstPieceSelectedNotTheAttributionBetween() throws Exception {
        String text = "Ferry talks\n\n👍🏽 Rene\u0301e Okafor spoke. “We will,” she said, “and soon.”\n";
        Span first = new Span(text.indexOf("“We"), text.indexOf("”") + 1);
        Span second = new Span(text.indexOf("“and"), text.lastIndexOf("”") + 1);
        Path file = dir.resolve("pieces.qb");
        try (Workspace ws = Workspace.open(file)) {
            long article = storeArticle(ws, "The Harbour Courier", "2026-03-02", text);
            ws.quotes().add(new org.quotebench.core.QuoteDraft(article, first, org.quotebench.core.QuoteKind.DIRECT,
                    org.quotebench.core.QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty()).withFragments(List.of(first, second)));
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1);
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> areas().size() == 1 && workbench.panes().focusedPane().model().quotes().size() == 1);
        StyleClassedTextArea area = areas().get(0);
        robot.clickOn(area);
        waitUntil(area::isFocused);
        robot.type(KeyCode.N);
        waitUntil(() -> area.getSelection().getStart() == first.start() && area.getSelection().getEnd() == first.end());
        assertThat(area.getSelectedText()).isEqualTo("“We will,”");
    }

    private static void store(Path file, String text, List<Span> quotes) {
        try (Workspace ws = Workspace.open(file)) {
            long article = storeArticle(ws, "The Harbour Courier", "2026-03-02", text);
            for (Span span : quotes) {
                storeQuote(ws, article, text, text.substring(span.start(), span.end()), Optional.empty(), Verdict.UNCHECKED, List.of());
            }
        }
    }

    /** The quote's bounds on screen once the scrolling has been laid out (empty when none of it is in view). */
    private Bounds settledBounds(StyleClassedTextArea area, int start, int end) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> quoteOnScreen(area, start, end).isPresent());
        return quoteOnScreen(area, start, end).orElseThrow();
    }

    private static Optional<Bounds> quoteOnScreen(StyleClassedTextArea area, int start, int end) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(start, end)).get();
    }

    private static Bounds onScreen(StyleClassedTextArea area) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getLayoutBounds())).get();
    }

    private static double lineHeight(StyleClassedTextArea area) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(0, 1).orElseThrow().getHeight()).get();
    }
}
