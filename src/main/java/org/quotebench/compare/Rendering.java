package org.quotebench.compare;

import java.util.Optional;
import org.quotebench.core.QuoteKind;

/** One outlet's rendering of an utterance: a quote with where it appeared and whom the outlet credited. */
public record Rendering(long quoteId, long articleId, Optional<String> outlet, Optional<String> date, QuoteKind kind,
        Optional<String> speaker, String text) {

    /** A stored quote of this article as a rendering. */
    public static Rendering of(org.quotebench.core.ArticleInfo article, org.quotebench.core.Quote quote) {
        return new Rendering(quote.id(), article.id(), article.metadata().outlet(), article.metadata().publishedOn(), quote.kind(),
                quote.speaker().map(org.quotebench.core.Speaker::name), quote.words()); // a quote in pieces: its words, not the attribution between
    }

    /** The renderings of an article's quotes, rejected suggestions left out. */
    public static java.util.List<Rendering> of(org.quotebench.core.ArticleInfo article, java.util.List<org.quotebench.core.Quote> quotes) {
        return quotes.stream().filter(q -> q.status() != org.quotebench.core.QuoteStatus.REJECTED).map(q -> of(article, q)).toList();
    }
}
