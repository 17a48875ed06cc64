package org.quotebench.export;

import java.util.List;
import org.quotebench.core.ArticleMetadata;

/**
 * An article's text and metadata as another tool's file gives them, with its quotes (code points),
 * and how many of the file's annotations on it were of kinds Quotebench does not use (skipped).
 */
public record AnnotatedArticle(String sourceName, String text, ArticleMetadata metadata, List<AnnotatedQuote> quotes, int skipped) {
    public AnnotatedArticle {
        quotes = List.copyOf(quotes);
    }

    public AnnotatedArticle(String sourceName, String text, ArticleMetadata metadata, List<AnnotatedQuote> quotes) {
        this(sourceName, text, metadata, quotes, 0);
    }
}
