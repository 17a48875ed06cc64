package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.HighlightRuns;
import org.quotebench.ui.text.QuoteMarks;
import org.quotebench.ui.text.Run;

/** Turns an article's quotes into its pane's style spans (off the FX thread), to be applied in one call. */
public final class PaneStyles {
    private PaneStyles() {
    }

    public static StyleSpans<Collection<String>> of(DisplayText display, List<Quote> quotes, QuoteMarks.ColourMode mode,
            Optional<Quote> selected) {
        return of(display, quotes, mode, selected, mode == QuoteMarks.ColourMode.SPEAKER ? QuoteMarks.coloursInView(quotes)
                : java.util.Map.of());
    }

    /** Like {@link #of(DisplayText, List, QuoteMarks.ColourMode, Optional)}, with the speakers' colours of the whole article. */
    public static StyleSpans<Collection<String>> of(DisplayText display, List<Quote> quotes, QuoteMarks.ColourMode mode,
            Optional<Quote> selected, java.util.Map<String, String> colours) {
        OptionalLong selectedId = selected.map(q -> OptionalLong.of(q.id())).orElse(OptionalLong.empty());
        List<Run> runs = HighlightRuns.of(display.text().length(), display, QuoteMarks.of(quotes, mode, selectedId, colours),
                QuoteMarks.QUOTE);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(runs.size());
        for (Run run : runs) {
            builder.add(shown(run.styleClasses()), run.length());
        }
        return builder.create();
    }

    /**
     * The classes a run's text carries: all but {@link QuoteMarks#QUOTE}, which only tells nesting apart
     * (every quote also has a colour class, and every class on every piece of text costs style matching
     * when a paragraph comes into view: with C1, jumping to a random paragraph a frame in the 1.2 MB
     * article missed 17–40 of 180 frames with it, 7 without).
     */
    static List<String> shown(List<String> classes) {
        int at = classes.indexOf(QuoteMarks.QUOTE);
        if (at < 0) {
            return classes;
        }
        List<String> rest = new ArrayList<>(classes);
        rest.remove(at);
        return List.copyOf(rest);
    }

    /**
     * The display text as a document styled with {@code spans} (which cover it), to be put in the area in
     * one call: built here, off the FX thread, rather than by RichTextFX splitting the text on the FX thread.
     */
    public static StyledDocument<Collection<String>, String, Collection<String>> document(DisplayText display,
            StyleSpans<Collection<String>> spans, SegmentOps<String, Collection<String>> segOps,
            Collection<String> paragraphStyle) {
        String text = display.text();
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(segOps, paragraphStyle);
        // One walk over the runs (StyleSpans.subView per paragraph would be slow and keep views of the whole).
        Iterator<StyleSpan<Collection<String>>> runs = spans.iterator();
        StyleSpan<Collection<String>> run = runs.next();
        int runStart = 0;
        int runEnd = run.getLength();
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            while (runEnd <= start && runs.hasNext()) {
                run = runs.next();
                runStart = runEnd;
                runEnd += run.getLength();
            }
            StyleSpansBuilder<Collection<String>> paragraph = new StyleSpansBuilder<>();
            if (end == start) {
                paragraph.add(run.getStyle(), 0);
            }
            while (start < end) {
                int to = Math.min(end, runEnd);
                paragraph.add(run.getStyle(), to - Math.max(start, runStart));
                if (runEnd >= end || !runs.hasNext()) {
                    break;
                }
                run = runs.next();
                runStart = runEnd;
                runEnd += run.getLength();
            }
            builder.addParagraph(text.substring(start, end), paragraph.create());
            if (newline < 0) {
                return builder.build();
            }
            start = end + 1;
        }
    }

    /** More changed stretches than this are applied as one range from the first to the last. */
    static final int MOST_RANGES = 8;

    /**
     * The display ranges where {@code after} differs from {@code before} (same length), in order; at most
     * {@link #MOST_RANGES}, else one range covering them all. Restyling only these keeps RichTextFX from
     * rebuilding every paragraph (and every cell on screen) when one quote changes.
     */
    static List<Span> changes(StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> after) {
        if (before.length() != after.length()) {
            throw new IllegalArgumentException("Different lengths: " + before.length() + " and " + after.length());
        }
        List<Span> ranges = new ArrayList<>();
        int length = after.length();
        Iterator<StyleSpan<Collection<String>>> a = before.iterator();
        Iterator<StyleSpan<Collection<String>>> b = after.iterator();
        StyleSpan<Collection<String>> spanA = a.next();
        StyleSpan<Collection<String>> spanB = b.next();
        int endA = spanA.getLength();
        int endB = spanB.getLength();
        int position = 0;
        int openStart = -1;
        while (position < length) {
            int next = Math.min(endA, endB);
            boolean differs = next > position && !spanA.getStyle().equals(spanB.getStyle());
            if (differs && openStart < 0) {
                openStart = position;
            } else if (!differs && next > position && openStart >= 0) {
                ranges.add(new Span(openStart, position));
                openStart = -1;
            }
            position = next;
            if (endA == position && a.hasNext()) {
                spanA = a.next();
                endA += spanA.getLength();
            }
            if (endB == position && b.hasNext()) {
                spanB = b.next();
                endB += spanB.getLength();
            }
        }
        if (openStart >= 0) {
            ranges.add(new Span(openStart, length));
        }
        if (ranges.size() > MOST_RANGES) {
            return List.of(new Span(ranges.get(0).start(), ranges.get(ranges.size() - 1).end()));
        }
        return ranges;
    }
}
