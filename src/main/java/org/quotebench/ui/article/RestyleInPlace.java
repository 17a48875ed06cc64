package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.quotebench.core.Span;

/**
 * Applies new highlights to stretches of the text without moving it. Restyling replaces the
 * paragraphs it touches, and the text area's virtual flow, asked to keep a paragraph in place that
 * was replaced as part of a longer stretch, shows the start of that stretch instead: switching colour
 * mode threw the reader back to the top of the article. So the paragraphs in view are restyled one by
 * one, and the rest before and after them in long stretches.
 */
final class RestyleInPlace {
    private RestyleInPlace() {
    }

    /** Restyles {@code ranges} (display offsets) of {@code area} with the matching parts of {@code spans}. */
    static void apply(StyleClassedTextArea area, List<Span> ranges, StyleSpans<Collection<String>> spans) {
        List<Span> pieces = new ArrayList<>();
        Span view = inView(area);
        for (Span range : ranges) {
            pieces.addAll(split(area, range, view));
        }
        for (Span piece : pieces) {
            area.setStyleSpans(piece.start(), spans.subView(piece.start(), piece.end()));
        }
    }

    /**
     * Restyles each patch piece (styles for its stretch alone) the same way. A piece within one
     * paragraph (a mark, a delete, a selection, nearly always) replaces only that paragraph and cannot
     * move the view: it is applied as it is, without looking at the view.
     */
    static void apply(StyleClassedTextArea area, StylePatch patch) {
        Span view = null; // styling does not move paragraph offsets: one look at the view serves every piece
        for (StylePatch.Piece piece : patch.pieces()) {
            int end = piece.start() + piece.spans().length();
            if (sameParagraph(area, piece.start(), end)) {
                area.setStyleSpans(piece.start(), piece.spans());
                continue;
            }
            if (view == null) {
                view = inView(area);
            }
            applyAt(area, piece.start(), piece.spans(), view);
        }
    }

    private static boolean sameParagraph(StyleClassedTextArea area, int start, int end) {
        var bias = org.fxmisc.richtext.model.TwoDimensional.Bias.Forward;
        return area.offsetToPosition(start, bias).getMajor() == area.offsetToPosition(Math.max(start, end - 1), bias).getMajor();
    }

    private static void applyAt(StyleClassedTextArea area, int start, StyleSpans<Collection<String>> piece, Span view) {
        for (Span part : split(area, new Span(start, start + piece.length()), view)) {
            area.setStyleSpans(part.start(), piece.subView(part.start() - start, part.end() - start));
        }
    }

    /** The stretch of text whose paragraphs are on screen (empty when nothing is laid out yet). */
    private static Span inView(StyleClassedTextArea area) {
        if (area.getParagraphs().isEmpty() || area.getHeight() <= 0 || area.getScene() == null) {
            return new Span(0, 0);
        }
        try {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            return new Span(area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, area.getParagraphLength(last)));
        } catch (IllegalStateException | IndexOutOfBoundsException notLaidOut) {
            return new Span(0, 0); // no visible cells yet
        }
    }

    /** A range in pieces: what comes after the view, what comes before it, then each paragraph in view. */
    static List<Span> split(StyleClassedTextArea area, Span range, Span view) {
        if (view.end() <= view.start() || range.end() <= view.start() || range.start() >= view.end()) {
            return List.of(range);
        }
        List<Span> pieces = new ArrayList<>();
        if (range.end() > view.end()) {
            pieces.add(new Span(view.end(), range.end()));
        }
        if (range.start() < view.start()) {
            pieces.add(new Span(range.start(), view.start()));
        }
        int from = Math.max(range.start(), view.start());
        int to = Math.min(range.end(), view.end());
        while (from < to) {
            int paragraph = area.offsetToPosition(from, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
            int end = Math.min(to, area.getAbsolutePosition(paragraph, area.getParagraphLength(paragraph)) + 1);
            pieces.add(new Span(from, end));
            from = end;
        }
        return pieces;
    }
}
