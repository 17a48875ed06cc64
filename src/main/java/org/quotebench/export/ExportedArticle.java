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

    /**
     * Its quotes by annotator, in the order they first appear (empty for quotes nobody is named for),
     * each group as an article of its own that shares this one's index.
     */
    public Map<java.util.Optional<String>, ExportedArticle> byAnnotator() {
        Map<java.util.Optional<String>, List<Quote>> groups = new java.util.LinkedHashMap<>();
        for (Quote quote : quotes) {
            groups.computeIfAbsent(quote.annotator(), a -> new java.util.ArrayList<>()).add(quote);
        }
        Map<java.util.Optional<String>, ExportedArticle> articles = new java.util.LinkedHashMap<>();
        groups.forEach((annotator, group) -> articles.put(annotator, new ExportedArticle(article, List.copyOf(group), events, index,
                changeTimes)));
        return articles;
    }
}
