package org.quotebench.ui.article;

import org.fxmisc.richtext.GenericStyledArea;

/**
 * Selects a stretch of a text area and scrolls it fully into view when it fits, else its start, by as
 * little as it takes: a quote below the fold ends at the bottom edge, one above starts at the top edge,
 * one already in view stays where it is.
 */
final class WholeInView {
    private WholeInView() {
    }

    /**
     * Selects {@code start}–{@code end} (display offsets), with the caret at the start. RichTextFX scrolls
     * only as far as the caret: so the caret first goes to the end and the area is laid out (scrolling
     * the least that shows the end), then to the start (no further scrolling when the start is still in view).
     */
    static void select(GenericStyledArea<?, ?, ?> area, int start, int end) {
        // Not in a pane that has no size yet (a new one, laid out in the next pulse): its caret would be anywhere.
        if (end > start && area.getScene() != null && area.getWidth() > 0 && area.getHeight() > 0) {
            area.selectRange(start, end);
            area.requestFollowCaret();
            area.layout();
        }
        area.selectRange(end, start);
        area.requestFollowCaret();
    }
}
