package org.quotebench.core;

/**
 * An article read from a file but not yet stored: its decoded text (exactly as it will be kept),
 * metadata, the encoding it was read in and the name of the file it came from.
 */
public record ArticleDraft(String text, ArticleMetadata metadata, String encoding, String sourceName) {
    public ArticleDraft {
        if (text == null || text.isBlank()) {
            throw new QuotebenchException("An article needs some text.");
        }
    }
}
