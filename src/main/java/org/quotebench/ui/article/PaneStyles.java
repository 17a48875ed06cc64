package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.ui.text.DisplayText;

/** Turns an article's quotes into the style spans of its pane, off the FX thread, in one piece. */
final class PaneStyles {
    private PaneStyles() {
    }

    /** Highlight colours: by speaker or by verdict. */
    enum ColourBy { SPEAKER, VERDICT }

    static StyleSpans<Collection<String>> of(DisplayText display, List<Quote> quotes, ColourBy colourBy, Optional<Quote> selected) {
        List<Mark> marks = new ArrayList<>();
        for (Quote quote : quotes) {
            boolean isSelected = selected.isPresent() && selected.get().id() == quote.id();
            List<String> classes = new ArrayList<>(List.of("quote", quote.status().code(), quote.kind().code(),
                    colourBy == ColourBy.SPEAKER ? quote.speaker().map(s -> "speaker-" + Math.floorMod(s.uuid().hashCode(), 12))
                            .orElse("speaker-none") : "verdict-" + quote.verdict().code()));
            if (isSelected) {
                classes.add("selected");
            }
            marks.add(new Mark(display.toDisplay(quote.span().start()), display.toDisplay(quote.span().end()), classes));
            quote.mention().ifPresent(span -> marks.add(part(display, span, "mention", isSelected)));
            quote.cue().ifPresent(span -> marks.add(part(display, span, "cue", isSelected)));
        }
        int length = display.text().length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        marks.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<String> classes = new ArrayList<>();
            int depth = 0;
            for (Mark m : marks) {
                if (m.start() <= from && to <= m.end()) {
                    m.classes().forEach(c -> {
                        if (!classes.contains(c)) {
                            classes.add(c);
                        }
                    });
                    if (m.classes().contains("quote")) {
                        depth++;
                    }
                }
            }
            if (depth > 1) {
                classes.add("depth-" + Math.min(depth, 4));
            }
            builder.add(classes, to - from);
            from = to;
        }
        return builder.create();
    }

    private record Mark(int start, int end, List<String> classes) {
    }

    private static Mark part(DisplayText display, Span span, String kind, boolean selected) {
        List<String> classes = selected ? List.of(kind, "selected-part") : List.of(kind);
        return new Mark(display.toDisplay(span.start()), display.toDisplay(span.end()), classes);
    }
}
