package org.quotebench.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotebench.compare.Elsewhere;
import org.quotebench.compare.Words;
import org.quotebench.core.Article;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.core.Suggestion;
import org.quotebench.store.FullTextSearch;
import org.quotebench.store.Workspace;

/**
 * Find elsewhere: the articles that may have a quote's words (found with the full-text index by its
 * longest words), searched for the same words with small differences allowed; each match is stored
 * as a suggested quote with the same speaker. Runs on the workspace thread.
 */
public final class FindElsewhere {
    static final String ANNOTATOR = "find elsewhere";
    private static final int CANDIDATES = 2_000;

    private FindElsewhere() {
    }

    /** Stores the matches as suggestions; returns the quotes added (already marked places are skipped). */
    public static List<Quote> run(Workspace workspace, Quote quote) {
        List<Quote> added = new ArrayList<>();
        for (long articleId : candidates(workspace, quote)) {
            if (articleId == quote.articleId()) {
                continue;
            }
            Article article = workspace.articles().get(articleId);
            List<Suggestion> found = Elsewhere.in(quote.exact(), article.text()).stream()
                    .map(span -> new Suggestion(span, article.text().substring(span.start(), span.end()), quote.kind(),
                            quote.speaker().map(Speaker::name), Optional.empty(), Optional.empty(), 0.6, Optional.empty()))
                    .toList();
            if (!found.isEmpty()) {
                added.addAll(workspace.suggestions().store(articleId, found, Optional.of(ANNOTATOR)).added());
            }
        }
        return added;
    }

    /**
     * Articles holding any of the quote's five longest words (ignoring accents and case), best first by
     * the full-text index: a rendering with a word changed must still be found.
     */
    private static Set<Long> candidates(Workspace workspace, Quote quote) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(Words.of(quote.exact()).stream().map(Words.Word::norm).toList()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        String query = String.join(" OR ", words.subList(0, Math.min(5, words.size())));
        Set<Long> ids = new LinkedHashSet<>();
        if (!query.isBlank()) {
            for (FullTextSearch.Hit hit : workspace.search().search(query, CANDIDATES)) {
                ids.add(hit.articleId());
            }
        }
        return ids;
    }
}
