package org.quotebench.core;

/** A stored article without its text, as listed in the library. {@code length} counts code points. */
public record ArticleInfo(
        long id,
        String uuid,
        ArticleMetadata metadata,
        String encoding,
        String sourceName,
        int length,
        String textSha256,
        String importedAt,
        int quoteCount) {
}
