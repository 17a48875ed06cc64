package org.quotebench.ui.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.quotebench.core.Quote;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.HighlightRuns;
import org.quotebench.ui.text.QuoteMarks;
import org.quotebench.ui.text.Run;

/** Turns an article's quotes into its pane's style spans (off the FX thread), to be applied in one call. */
final class PaneStyles {
    private PaneStyles() {
    }

    static StyleSpans<Collection<String>> of(DisplayText display, List<Quote> quotes, QuoteMarks.ColourMode mode,
            Optional<Quote> selected) {
        OptionalLong selectedId = selected.map(q -> OptionalLong.of(q.id())).orElse(OptionalLong.empty());
        List<Run> runs = HighlightRuns.of(display.text().length(), display, QuoteMarks.of(quotes, mode, selectedId),
                QuoteMarks.QUOTE);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(runs.size());
        for (Run run : runs) {
            builder.add(run.styleClasses(), run.length());
        }
        return builder.create();
    }
}
