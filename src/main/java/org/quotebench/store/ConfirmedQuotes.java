package org.quotebench.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.ConfirmedQuote;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Speaker;

/**
 * The quotes people confirmed in a workspace, what the quote finder learns from: accepted quotes
 * (marked by hand, or the finder's suggestions a person accepted, corrected or not) that have a
 * speaker, with their articles' texts. Suggestions nobody reviewed and rejected ones teach nothing
 * about speakers.
 */
public final class ConfirmedQuotes {
    private final Workspace workspace;

    ConfirmedQuotes(Workspace workspace) {
        this.workspace = workspace;
    }

    /** By article, in the order the articles were imported; articles without a confirmed quote are left out. */
    public List<ConfirmedArticle> byArticle() {
        Map<Long, List<ConfirmedQuote>> quotes = new LinkedHashMap<>();
        QuoteFilter accepted = new QuoteFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(QuoteStatus.ACCEPTED));
        for (Quote quote : workspace.quotes().list(accepted)) {
            if (quote.speaker().isEmpty()) {
                continue;
            }
            Speaker speaker = quote.speaker().get();
            List<String> names = new ArrayList<>();
            names.add(speaker.name());
            names.addAll(speaker.aliases());
            quotes.computeIfAbsent(quote.articleId(), id -> new ArrayList<>())
                    .add(new ConfirmedQuote(quote.span(), quote.mention(), names));
        }
        List<ConfirmedArticle> out = new ArrayList<>();
        quotes.forEach((articleId, confirmed) -> {
            var article = workspace.articles().get(articleId);
            out.add(new ConfirmedArticle(articleId, article.text(), article.info().metadata().language(), confirmed));
        });
        return out;
    }
}
