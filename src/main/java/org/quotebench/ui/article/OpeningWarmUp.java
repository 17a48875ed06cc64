package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.QuoteMarks;

/**
 * Once the window is idle after start, builds the highlights of a made-up article a few times on a
 * background thread: the code that styles a long article then runs compiled, not interpreted, when
 * the first real one is opened. Pure computation; nothing is shown or stored.
 */
public final class OpeningWarmUp {
    private static final int ROUNDS = 4;
    private static final int PARAGRAPHS = 600;

    private OpeningWarmUp() {
    }

    /** Starts the warm-up with the styling settings of {@code pane}'s text area (call on the FX thread). */
    public static void start(ArticlePane pane) {
        StyleClassedTextArea area = pane.textArea();
        SegmentOps<String, Collection<String>> segOps = area.getSegOps();
        Collection<String> paragraphStyle = area.getInitialParagraphStyle();
        Thread thread = new Thread(() -> run(segOps, paragraphStyle), "quotebench-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Styles the made-up article {@code ROUNDS} times; returns the length of the last document built. */
    static int run(SegmentOps<String, Collection<String>> segOps, Collection<String> paragraphStyle) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS; p++) {
            text.append("The harbour board met on Tuesday and ");
            int start = text.length();
            text.append("“the tide will turn by Friday, and the ferry will run”");
            spans.add(new Span(start, text.length()));
            text.append(", the chair said, before the vote on the bridge.");
            text.append(p % 50 == 49 ? " a long paragraph".repeat(150) : "").append("\n\n"); // split for display
        }
        String article = text.toString();
        Speaker speaker = new Speaker(1, "warm-up", "Warm Up", SpeakerKind.PERSON, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            quotes.add(new Quote(i + 1, "warm-up-" + i, 0, span, article.substring(span.start(), span.end()), QuoteKind.DIRECT,
                    i % 3 == 0 ? QuoteStatus.SUGGESTED : QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(),
                    i % 2 == 0 ? Optional.of(speaker) : Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), "", ""));
        }
        int length = 0;
        for (int round = 0; round < ROUNDS; round++) {
            DisplayText display = DisplayText.of(article, ArticlePane.DISPLAY_CHUNK);
            StyleSpans<Collection<String>> styles = PaneStyles.of(display, quotes, QuoteMarks.ColourMode.SPEAKER,
                    Optional.of(quotes.get(round)));
            length = PaneStyles.document(display, styles, segOps, paragraphStyle).length();
        }
        return length;
    }
}
