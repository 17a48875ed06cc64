package org.quotebench.compare;

import java.util.Optional;
import org.quotebench.core.QuoteKind;

/** One outlet's rendering of an utterance: a quote with where it appeared and whom the outlet credited. */
public record Rendering(long quoteId, long articleId, Optional<String> outlet, Optional<String> date, QuoteKind kind,
        Optional<String> speaker, String text) {

    /** A stored quote of this article as a rendering. */
    public static Rendering of(org.quotebench.core.ArticleInfo article, org.quotebench.core.Quote quote) {
        return new Rendering(quote.id(), article.id(), article.metadata().outlet(), article.metadata().publishedOn(), quote.kind(),
                quote.speaker().map(org.quotebench.core.Speaker::name), quote.exact());
    }

    /** The renderings of every quote not rejected in these articles. */
    public static java.util.List<Rendering> of(java.util.List<org.quotebench.core.Article> articles,
            java.util.function.Function<org.quotebench.core.Article, java.util.List<org.quotebench.core.Quote>> quotes) {
        java.util.List<Rendering> renderings = new java.util.ArrayList<>();
        for (org.quotebench.core.Article article : articles) {
            for (org.quotebench.core.Quote q : quotes.apply(article)) {
                if (q.status() != org.quotebench.core.QuoteStatus.REJECTED) {
                    renderings.add(of(article.info(), q));
                }
            }
        }
        return renderings;
    }
}
