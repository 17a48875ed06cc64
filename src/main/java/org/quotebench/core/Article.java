package org.quotebench.core;

/** A stored article with its text, which never changes after import. */
public record Article(ArticleInfo info, String text) {
    public long id() {
        return info.id();
    }
}
