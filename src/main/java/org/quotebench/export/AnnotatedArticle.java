package org.quotebench.export;

import java.util.List;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.WebOrigin;

/**
 * An article's text and metadata as another tool's file gives them, with its quotes (code points),
 * how many of the file's annotations on it were of kinds Quotebench does not use (skipped), and, when
 * the file says so (our own jsonl), where and when its page was fetched from the web.
 */
public record AnnotatedArticle(String sourceName, String text, ArticleMetadata metadata, List<AnnotatedQuote> quotes, int skipped,
        WebOrigin origin) {
    public AnnotatedArticle {
        quotes = List.copyOf(quotes);
    }

    public AnnotatedArticle(String sourceName, String text, ArticleMetadata metadata, List<AnnotatedQuote> quotes, int skipped) {
        this(sourceName, text, metadata, quotes, skipped, WebOrigin.NONE);
    }

    public AnnotatedArticle(String sourceName, String text, ArticleMetadata metadata, List<AnnotatedQuote> quotes) {
        this(sourceName, text, metadata, quotes, 0);
    }
}
