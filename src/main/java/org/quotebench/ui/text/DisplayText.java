package org.quotebench.ui.text;

/** Placeholder until the chunking display text lands: the article text as it is. */
public final class DisplayText {
    private final String text;

    private DisplayText(String text) {
        this.text = text;
    }

    public static DisplayText of(String articleText, int maxChunk) {
        return new DisplayText(articleText);
    }

    public String text() {
        return text;
    }

    public int toDisplay(int articleIndex) {
        return articleIndex;
    }

    public int toArticle(int displayIndex) {
        return displayIndex;
    }

    public boolean isIdentity() {
        return true;
    }

    public String articleSlice(int displayStart, int displayEnd) {
        return text.substring(displayStart, displayEnd);
    }
}
