package org.quotebench.core;

/**
 * An article read from a file or fetched from the web but not yet stored: its decoded text (exactly as
 * it will be kept), metadata, the encoding it was read in, the name of the file (or the address) it
 * came from, and for a fetched page where and when it came from.
 */
public record ArticleDraft(String text, ArticleMetadata metadata, String encoding, String sourceName, WebOrigin origin) {
    public ArticleDraft {
        if (text == null || text.isBlank()) {
            throw new QuotebenchException("An article needs some text.");
        }
        origin = origin == null ? WebOrigin.NONE : origin;
    }

    /** An article read from a file. */
    public ArticleDraft(String text, ArticleMetadata metadata, String encoding, String sourceName) {
        this(text, metadata, encoding, sourceName, WebOrigin.NONE);
    }
}
