package org.quotebench.export;

import java.util.List;
import org.quotebench.core.ArticleMetadata;

/** An article's text and metadata as another tool's file gives them, with its quotes (code points). */
public record AnnotatedArticle(String sourceName, String text, ArticleMetadata metadata, List<AnnotatedQuote> quotes) {
    public AnnotatedArticle {
        quotes = List.copyOf(quotes);
    }
}
