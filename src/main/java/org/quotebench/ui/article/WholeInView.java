package org.quotebench.ui.article;

import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Selects a stretch of a text area and scrolls it fully into view when it fits, else its start, by as
 * little as it takes: a quote below the fold ends at the bottom edge, one above starts at the top edge,
 * one already in view stays where it is.
 */
final class WholeInView {
    /**
     * Up to this many characters, a quote wholly below the fold is taken to fit the pane: its end goes to
     * the bottom edge in one step. A longer one is laid out twice (its end, then its start) to know.
     */
    static final int FITS = 1_000;

    private WholeInView() {
    }

    /**
     * Selects {@code start}–{@code end} (display offsets). RichTextFX scrolls only as far as the caret, so
     * the caret goes where scrolling to it shows the whole stretch: to the end for one wholly below the
     * view, else to the start. Only where that cannot be known from the paragraphs in view (a long quote,
     * one cut by the pane's edge, a paragraph longer than the pane) is the area laid out with the caret at
     * the end first, scrolling the least that shows the end, before the caret goes to the start; that
     * lays out a far part of a long article twice, so the common cases avoid it.
     */
    static void select(GenericStyledArea<?, ?, ?> area, int start, int end) {
        // Not in a pane that has no size yet (a new one, laid out in the next pulse): its caret would be anywhere.
        if (end > start && area.getScene() != null && area.getWidth() > 0 && area.getHeight() > 0) {
            switch (place(area, start, end)) {
                case BELOW -> {
                    area.selectRange(start, end);
                    area.requestFollowCaret();
                    return;
                }
                case UNKNOWN -> {
                    area.selectRange(start, end);
                    area.requestFollowCaret();
                    area.layout();
                }
                case ABOVE_OR_INSIDE -> {
                    // the caret at the start shows it all
                }
            }
        }
        area.selectRange(end, start);
        area.requestFollowCaret();
    }

    private enum Place { BELOW, ABOVE_OR_INSIDE, UNKNOWN }

    private static Place place(GenericStyledArea<?, ?, ?> area, int start, int end) {
        int shown = area.getVisibleParagraphs().size();
        if (shown == 0) {
            return Place.UNKNOWN;
        }
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(shown - 1);
        int from = area.offsetToPosition(start, Bias.Forward).getMajor();
        int to = area.offsetToPosition(end, Bias.Backward).getMajor();
        boolean fits = end - start <= FITS;
        if (fits && from > last) {
            return Place.BELOW;
        }
        // Wholly above (the caret at its start puts it at the top edge), or in paragraphs shown whole.
        if (fits && to < first || first < from && to < last) {
            return Place.ABOVE_OR_INSIDE;
        }
        return Place.UNKNOWN;
    }
}
