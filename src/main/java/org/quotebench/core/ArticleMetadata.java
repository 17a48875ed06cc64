package org.quotebench.core;

import java.util.Optional;

/** What is known about an article besides its text; every field may be absent. */
public record ArticleMetadata(
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> author,
        Optional<String> url,
        Optional<String> publishedOn,
        Optional<String> language) {

    public static final ArticleMetadata NONE = new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        title = clean(title);
        outlet = clean(outlet);
        author = clean(author);
        url = clean(url);
        publishedOn = clean(publishedOn);
        language = clean(language);
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }

    public ArticleMetadata withTitle(String value) {
        return new ArticleMetadata(Optional.ofNullable(value), outlet, author, url, publishedOn, language);
    }

    /** This metadata with each absent field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                title.or(fallback::title), outlet.or(fallback::outlet), author.or(fallback::author),
                url.or(fallback::url), publishedOn.or(fallback::publishedOn), language.or(fallback::language));
    }

    /**
     * These details, made by editing {@code was}, put over {@code theirs} (what someone else stored
     * meanwhile): each field this one changed from {@code was} is this one's, every other stays theirs.
     */
    public ArticleMetadata over(ArticleMetadata theirs, ArticleMetadata was) {
        return new ArticleMetadata(mine(title, was.title, theirs.title), mine(outlet, was.outlet, theirs.outlet),
                mine(author, was.author, theirs.author), mine(url, was.url, theirs.url),
                mine(publishedOn, was.publishedOn, theirs.publishedOn), mine(language, was.language, theirs.language));
    }

    private static Optional<String> mine(Optional<String> mine, Optional<String> was, Optional<String> theirs) {
        return mine.equals(was) ? theirs : mine;
    }
}
