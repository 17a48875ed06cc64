package org.quotebench.compare;

import java.util.Optional;
import org.quotebench.core.QuoteKind;

/**
 * One outlet's rendering of an utterance: a quote with where it appeared (outlet, date, the article's
 * title) and whom the outlet credited.
 */
public record Rendering(long quoteId, long articleId, Optional<String> outlet, Optional<String> date, QuoteKind kind,
        Optional<String> speaker, String text, Optional<String> title) {

    /** A rendering without its article's title. */
    public Rendering(long quoteId, long articleId, Optional<String> outlet, Optional<String> date, QuoteKind kind,
            Optional<String> speaker, String text) {
        this(quoteId, articleId, outlet, date, kind, speaker, text, Optional.empty());
    }

    /** A stored quote of this article as a rendering. */
    public static Rendering of(org.quotebench.core.ArticleInfo article, org.quotebench.core.Quote quote) {
        return new Rendering(quote.id(), article.id(), article.metadata().outlet(), article.metadata().publishedOn(), quote.kind(),
                quote.speaker().map(org.quotebench.core.Speaker::name), quote.words(), // a quote in pieces: its words, not the attribution between
                Optional.of(article.metadata().title().orElse(article.sourceName())));
    }

    /** The renderings of an article's quotes, rejected suggestions left out. */
    public static java.util.List<Rendering> of(org.quotebench.core.ArticleInfo article, java.util.List<org.quotebench.core.Quote> quotes) {
        return quotes.stream().filter(q -> q.status() != org.quotebench.core.QuoteStatus.REJECTED).map(q -> of(article, q)).toList();
    }

    /**
     * Where it appeared, in words a reader knows: outlet, the article's title and date ("Reuters ·
     * “Harbour board backs bridge” · 2026-03-02"); never an article's number, which means nothing to a reader.
     */
    public String source() {
        Optional<String> headline = title.map(t -> "“" + shortened(t) + "”");
        return outlet.orElse("No outlet") + headline.map(h -> " · " + h).orElse("") + " · " + date.orElse("undated");
    }

    private static String shortened(String title) {
        String oneLine = title.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59).stripTrailing() + "…";
    }
}
