package org.quotebench.ui.article;

import java.util.Optional;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.ui.text.DisplayText;

/**
 * The selection in a pane's text, in the article's offsets: what the user selected, and what the pane
 * selects to show a quote or a match. The display may differ from the article (long paragraphs shown
 * in chunks); {@link DisplayText} maps between them.
 */
final class TextSelection {
    private TextSelection() {
    }

    /** The selected text as an article span, trimmed of surrounding white space; empty when nothing is selected. */
    static Optional<Span> of(StyleClassedTextArea area, DisplayText display, String articleText) {
        if (area.getSelection().getLength() == 0) {
            return Optional.empty();
        }
        int start = display.toArticle(area.getSelection().getStart());
        int end = display.toArticle(area.getSelection().getEnd());
        while (start < end && Character.isWhitespace(articleText.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(articleText.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    /** Scrolls to a quote and selects its text (of a quote in pieces: all of it in view, its first piece selected). */
    static void reveal(StyleClassedTextArea area, DisplayText display, Quote quote) {
        Span shown = display.toDisplay(quote.span());
        WholeInView.select(area, shown.start(), shown.end());
        if (quote.inPieces()) {
            // the words between the pieces are the attribution, not the quote: they are not selected
            Span first = display.toDisplay(quote.fragments().get(0));
            area.selectRange(first.end(), first.start());
        }
    }

    /** Selects a match of the find bar and scrolls to it. */
    static void match(StyleClassedTextArea area, DisplayText display, Span match) {
        Span shown = display.toDisplay(match);
        area.selectRange(shown.start(), shown.end());
        area.requestFollowCaret();
    }
}
