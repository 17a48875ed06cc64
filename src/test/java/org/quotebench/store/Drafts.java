package org.quotebench.store;

import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;

/** Fictional articles for store tests. */
final class Drafts {
    private Drafts() {
    }

    static ArticleDraft article(String title, String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.of(title), Optional.of("The Harbour Courier"),
                Optional.of("Ana Pereira"), Optional.empty(), Optional.of("2026-03-02"), Optional.of("en"));
        return new ArticleDraft(text, meta, "UTF-8", title.toLowerCase().replace(' ', '-') + ".txt");
    }
}
