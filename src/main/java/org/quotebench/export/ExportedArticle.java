package org.quotebench.export;

import java.util.List;
import java.util.Map;
import org.quotebench.core.Article;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;

/**
 * One article, the events it covers and the quotes of it that an export takes, with its code-point
 * index for offsets and when its speakers and events last changed.
 */
public record ExportedArticle(Article article, List<Quote> quotes, List<Event> events, CodePointIndex index,
        Map<String, String> changeTimes) {
    public ExportedArticle(Article article, List<Quote> quotes) {
        this(article, quotes, List.of());
    }

    public ExportedArticle(Article article, List<Quote> quotes, List<Event> events) {
        this(article, quotes, events, Map.of());
    }

    /** @param changeTimes when its speakers and events last changed, by UUID (a bundle carries them) */
    public ExportedArticle(Article article, List<Quote> quotes, List<Event> events, Map<String, String> changeTimes) {
        this(article, List.copyOf(quotes), List.copyOf(events), new CodePointIndex(article.text()), changeTimes);
    }

    /** A Java index of this article's text as the code-point offset that leaves the program. */
    public int codePoint(int javaIndex) {
        return index.toCodePoint(javaIndex);
    }
}
