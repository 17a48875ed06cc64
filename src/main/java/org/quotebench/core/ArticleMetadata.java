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
}
