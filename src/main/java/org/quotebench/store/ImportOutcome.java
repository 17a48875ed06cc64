package org.quotebench.store;

import org.quotebench.core.ArticleInfo;

/** What became of one article draft given to the workspace: stored, or the same text was there already. */
public sealed interface ImportOutcome {
    /** Stored as a new article. */
    record Imported(ArticleInfo article) implements ImportOutcome {
    }

    /** Not stored: an article with the same text exists. */
    record Duplicate(long existingArticleId) implements ImportOutcome {
    }
}
