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
record StylePatch(List<StylePatch.Piece> pieces) {
    /** More changed quotes than this, and the whole text is restyled instead. */
    static final int MOST_CHANGED = 64;
    /** Changed stretches closer than this (in characters) are restyled as one piece. */
    static final int JOIN_GAP = 2000;

    /** New styles for the display text from {@code start} on. */
    record Piece(int start, StyleSpans<Collection<String>> spans) {
    }

    /**
     * The patch that turns the styles of {@code before} into those of {@code after}; empty when too
     * much changed (restyle everything), a patch without pieces when nothing did. Far-apart changes
     * (the selection moving from one end of a long article to the other) are separate pieces, so the
     * text between them is left alone.
     */
    static Optional<StylePatch> between(DisplayText display, List<Quote> before, Optional<Quote> selectedBefore,
            List<Quote> after, Optional<Quote> selectedAfter, QuoteMarks.ColourMode mode) {
        boolean bySpeaker = mode == QuoteMarks.ColourMode.SPEAKER;
        return between(display, before, selectedBefore, bySpeaker ? QuoteMarks.coloursInView(before) : java.util.Map.of(), after,
                selectedAfter, bySpeaker ? QuoteMarks.coloursInView(after) : java.util.Map.of(), mode);
    }

    /** Like the one above, with the speakers' colours of both lists as placed when they were styled ({@link QuoteMarks#coloursInView}). */
    static Optional<StylePatch> between(DisplayText display, List<Quote> before, Optional<Quote> selectedBefore,
            java.util.Map<String, String> coloursBefore, List<Quote> after, Optional<Quote> selectedAfter,
            java.util.Map<String, String> colours, QuoteMarks.ColourMode mode) {
        // A speaker who came or went can move another's colour (two in view never share one): restyle all then.
        // A speaker new here, or gone, only has quotes among those touched, which are restyled anyway.
        if (mode == QuoteMarks.ColourMode.SPEAKER) {
            for (java.util.Map.Entry<String, String> speaker : colours.entrySet()) {
                String earlier = coloursBefore.get(speaker.getKey());
                if (earlier != null && !earlier.equals(speaker.getValue())) {
                    return Optional.empty();
                }
            }
        }
        return patch(display, inStep(before, after), before, selectedBefore, after, selectedAfter, colours, mode);
    }

    /**
     * The patch for a change that moves no speaker's colour (a mark, a delete, another selection, nearly
     * always), styled with the colours placed for {@code before}; empty when a speaker came or went or
     * too much changed. Cheap enough for the FX thread: one walk over the quotes in step.
     */
    static Optional<StylePatch> keepingColours(DisplayText display, List<Quote> before, Optional<Quote> selectedBefore,
            Map<String, String> coloursBefore, List<Quote> after, Optional<Quote> selectedAfter, QuoteMarks.ColourMode mode) {
        List<Quote> changed = inStep(before, after);
        if (mode == QuoteMarks.ColourMode.SPEAKER && !sameSpeakers(changed, coloursBefore, after)) {
            return Optional.empty();
        }
        return patch(display, changed, before, selectedBefore, after, selectedAfter, coloursBefore, mode);
    }

    /** The pieces restyling the quotes found changed (walking in step) and the selection's old and new place. */
    private static Optional<StylePatch> patch(DisplayText display, List<Quote> changed, List<Quote> before,
            Optional<Quote> selectedBefore, List<Quote> after, Optional<Quote> selectedAfter, Map<String, String> colours,
            QuoteMarks.ColourMode mode) {
        List<Quote> touched = changed.size() > MOST_CHANGED ? byIds(before, after) : changed;
        long wasSelected = selectedBefore.map(Quote::id).orElse(-1L);
        long isSelected = selectedAfter.map(Quote::id).orElse(-1L);
        if (wasSelected != isSelected) {
            selectedBefore.ifPresent(touched::add); // where it was no longer looks selected, even if it is gone
            selectedAfter.ifPresent(touched::add);
        }
        if (touched.size() > MOST_CHANGED) {
            return Optional.empty();
        }
        List<Piece> pieces = new ArrayList<>();
        for (Span stretch : stretches(touched)) {
            List<Quote> there = new ArrayList<>();
            for (Quote quote : after) {
                if (overlaps(quote, stretch.start(), stretch.end())) {
                    there.add(quote);
                }
            }
            // Every quote that reaches into the stretch is styled, so nesting depths there come out right.
            StyleSpans<Collection<String>> whole = PaneStyles.of(display, there, mode, selectedAfter, colours);
            int start = display.toDisplay(stretch.start());
            int end = display.toDisplay(stretch.end());
            pieces.add(new Piece(start, whole.subView(start, end)));
        }
        return Optional.of(new StylePatch(List.copyOf(pieces)));
    }

    /**
     * The speakers' colours for {@code after} ({@link QuoteMarks#coloursInView}), reusing those placed
     * for {@code before} when the quotes that changed neither bring a speaker nor take the last quote
     * of one away: the placement depends only on the set of speakers, and quotes that did not change
     * are the same objects in both lists. Saves a walk over every quote of a long article on each mark,
     * delete or selection, which otherwise makes the patch miss the frame that shows the change.
     */
    static Map<String, String> colours(List<Quote> before, Map<String, String> coloursBefore, List<Quote> after) {
        return before != null && coloursBefore != null && sameSpeakers(inStep(before, after), coloursBefore, after) ? coloursBefore
                : QuoteMarks.coloursInView(after);
    }

    /** Whether the changed quotes (walking in step) leave the set of speakers {@code coloursBefore} was placed for as it was. */
    private static boolean sameSpeakers(List<Quote> changed, Map<String, String> coloursBefore, List<Quote> after) {
        if (changed.size() > MOST_CHANGED) {
            return false;
        }
        for (Quote quote : changed) {
            if (quote.speaker().isPresent()) {
                String uuid = quote.speaker().get().uuid();
                if (!coloursBefore.containsKey(uuid) || !anyBy(after, uuid)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean anyBy(List<Quote> quotes, String speakerUuid) {
        for (int i = 0, n = quotes.size(); i < n; i++) {
            Optional<org.quotebench.core.Speaker> speaker = quotes.get(i).speaker();
            if (speaker.isPresent() && speaker.get().uuid().equals(speakerUuid)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotes that may differ, found by walking both lists in step: the lists keep their order and
     * unchanged quotes are the very same objects, so one quote added, removed or replaced shows as a
     * short mismatch. Every quote it names may differ (more is harmless: a stretch restyled for
     * nothing); when the lists drift apart the result is long and {@link #byIds} is used instead.
     */
    private static List<Quote> inStep(List<Quote> before, List<Quote> after) {
        List<Quote> touched = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size() && touched.size() <= MOST_CHANGED) {
            Quote was = before.get(i);
            Quote is = after.get(j);
            if (was == is) {
                i++;
                j++;
            } else if (j + 1 < after.size() && after.get(j + 1) == was) {
                touched.add(is); // added
                j++;
            } else if (i + 1 < before.size() && before.get(i + 1) == is) {
                touched.add(was); // removed
                i++;
            } else {
                touched.add(was); // replaced
                touched.add(is);
                i++;
                j++;
            }
        }
        touched.addAll(before.subList(i, before.size()));
        touched.addAll(after.subList(j, after.size()));
        return touched;
    }

    /** The quotes that differ, matched by id (for changes the walk in step cannot follow). */
    private static List<Quote> byIds(List<Quote> before, List<Quote> after) {
        Map<Long, Quote> old = byId(before);
        Map<Long, Quote> now = byId(after);
        List<Quote> touched = new ArrayList<>();
        for (Quote quote : after) {
            Quote was = old.get(quote.id());
            if (quote != was && !quote.equals(was)) {
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
        return touched;
    }

    /** The stretches of article text the touched quotes, mentions and cues cover, joined where close. */
    private static List<Span> stretches(List<Quote> touched) {
        List<Span> parts = new ArrayList<>();
        touched.forEach(quote -> parts.addAll(parts(quote)));
        parts.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> stretches = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (Span part : parts) {
            if (from >= 0 && part.start() <= to + JOIN_GAP) {
                to = Math.max(to, part.end());
                continue;
            }
            if (from >= 0) {
                stretches.add(new Span(from, to));
            }
            from = part.start();
            to = part.end();
        }
        if (from >= 0) {
            stretches.add(new Span(from, to));
        }
        return stretches;
    }
    private static boolean overlaps(Quote quote, int from, int to) {
        return overlaps(quote.span(), from, to) || quote.mention().map(span -> overlaps(span, from, to)).orElse(false)
                || quote.cue().map(span -> overlaps(span, from, to)).orElse(false);
    }

    private static boolean overlaps(Span span, int from, int to) {
        return span.start() < to && from < span.end();
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
