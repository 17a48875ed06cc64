package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.QuoteMarks;

/**
 * The styles of just the stretch of text that a few changed quotes touch (marking, deleting,
 * selecting, accepting one quote), computed from the quotes there instead of all of an article's
 * quotes: what keeps marking fast in an article with thousands of them.
 */
record StylePatch(int start, StyleSpans<Collection<String>> spans) {
    /** More changed quotes than this, and the whole text is restyled instead. */
    static final int MOST_CHANGED = 64;

    /**
     * The patch that turns the styles of {@code before} into those of {@code after}; empty when too
     * much changed (restyle everything), a patch without spans when nothing did.
     */
    static Optional<StylePatch> between(DisplayText display, List<Quote> before, Optional<Quote> selectedBefore,
            List<Quote> after, Optional<Quote> selectedAfter, QuoteMarks.ColourMode mode) {
        Map<Long, Quote> old = byId(before);
        Map<Long, Quote> now = byId(after);
        List<Quote> touched = new ArrayList<>();
        for (Quote quote : after) {
            Quote was = old.get(quote.id());
            if (quote != was && !quote.equals(was)) { // unchanged quotes are the very same objects: skip deep equality
                touched.add(quote);
                if (was != null) {
                    touched.add(was);
                }
            }
        }
        for (Quote was : before) {
            if (!now.containsKey(was.id())) {
                touched.add(was);
            }
        }
        long wasSelected = selectedBefore.map(Quote::id).orElse(-1L);
        long isSelected = selectedAfter.map(Quote::id).orElse(-1L);
        if (wasSelected != isSelected) {
            Optional.ofNullable(old.get(wasSelected)).ifPresent(touched::add);
            Optional.ofNullable(now.get(isSelected)).ifPresent(touched::add);
        }
        if (touched.size() > MOST_CHANGED) {
            return Optional.empty();
        }
        if (touched.isEmpty()) {
            return Optional.of(new StylePatch(0, null));
        }
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (Quote quote : touched) {
            for (Span span : parts(quote)) {
                from = Math.min(from, span.start());
                to = Math.max(to, span.end());
            }
        }
        List<Quote> there = new ArrayList<>();
        for (Quote quote : after) {
            if (overlaps(quote, from, to)) {
                there.add(quote);
            }
        }
        // Every quote that reaches into the stretch is styled, so nesting depths there come out right.
        StyleSpans<Collection<String>> whole = PaneStyles.of(display, there, mode, selectedAfter);
        int start = display.toDisplay(from);
        int end = display.toDisplay(to);
        return Optional.of(new StylePatch(start, whole.subView(start, end)));
    }

    private static boolean overlaps(Quote quote, int from, int to) {
        for (Span span : parts(quote)) {
            if (span.start() < to && from < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> parts(Quote quote) {
        List<Span> parts = new ArrayList<>(3);
        parts.add(quote.span());
        quote.mention().ifPresent(parts::add);
        quote.cue().ifPresent(parts::add);
        return parts;
    }

    private static Map<Long, Quote> byId(List<Quote> quotes) {
        Map<Long, Quote> byId = new HashMap<>(quotes.size() * 2);
        for (Quote quote : quotes) {
            byId.put(quote.id(), quote);
        }
        return byId;
    }
}
