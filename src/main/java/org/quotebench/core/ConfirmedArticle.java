package org.quotebench.core;

import java.util.List;

/** An article's text with the quotes a person confirmed in it (see {@link ConfirmedQuote}). */
public record ConfirmedArticle(long articleId, String text, List<ConfirmedQuote> quotes) {
    public ConfirmedArticle {
        quotes = List.copyOf(quotes);
    }
}
