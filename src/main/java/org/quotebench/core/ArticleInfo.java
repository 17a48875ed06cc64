package org.quotebench.core;

/**
 * A stored article without its text, as listed in the library. {@code length} counts code points;
 * {@code origin} says where a fetched page came from, {@code versions} which version of its page it is.
 */
public record ArticleInfo(
        long id,
        String uuid,
        ArticleMetadata metadata,
        String encoding,
        String sourceName,
        int length,
        String textSha256,
        String importedAt,
        int quoteCount,
        WebOrigin origin,
        Versions versions) {

    /** An article read from a file, the only version of its text. */
    public ArticleInfo(long id, String uuid, ArticleMetadata metadata, String encoding, String sourceName, int length,
            String textSha256, String importedAt, int quoteCount) {
        this(id, uuid, metadata, encoding, sourceName, length, textSha256, importedAt, quoteCount, WebOrigin.NONE, Versions.ONLY);
    }

    /** Whether its page can be fetched again for changes: fetched from an address, and not an archive's snapshot (which never changes). */
    public boolean canBeFetchedAgain() {
        return origin.fetched() && origin.archivedAt().isEmpty() && metadata.url().isPresent();
    }
}
