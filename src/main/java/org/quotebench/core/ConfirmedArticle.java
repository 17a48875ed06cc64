package org.quotebench.core;

import java.util.List;

/** An article's text and language (as recorded) with the quotes a person confirmed in it (see {@link ConfirmedQuote}). */
public record ConfirmedArticle(long articleId, String text, java.util.Optional<String> language, List<ConfirmedQuote> quotes) {
    public ConfirmedArticle {
        quotes = List.copyOf(quotes);
    }

    /** An article whose language the finder guesses. */
    public ConfirmedArticle(long articleId, String text, List<ConfirmedQuote> quotes) {
        this(articleId, text, java.util.Optional.empty(), quotes);
    }
}
