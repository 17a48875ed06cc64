package org.quotebench.ui.text;

import java.util.Arrays;
import org.quotebench.core.Span;

/**
 * An article's text as a pane shows it: over-long paragraphs broken into chunks, with mappings
 * between display indices and article indices (Java string indices into the article text).
 */
public final class DisplayText {
    /**
     * RichTextFX lays out a paragraph as one unit, so a megabyte on one line takes seconds; ordinary
     * paragraphs stay well under this and are never touched.
     */
    public static final int DEFAULT_MAX_CHUNK = 2_000;

    /** The smallest chunk accepted: a break must always find room away from a surrogate pair. */
    public static final int MIN_CHUNK = 16;

    /** How far back a cut looks for a combining mark or joiner to keep a character whole. */
    private static final int CLUSTER_BACKOFF = 32;

    private static final int[] NONE = new int[0];

    private final String article;
    private final String text;
    /** Article indices of whitespace shown as '\n', ascending; the original char is in the article. */
    private final int[] replaced;
    /** Article indices before which a '\n' was inserted, ascending. */
    private final int[] inserted;
    /** Display index of each inserted '\n' (inserted[k] + k), ascending. */
    private final int[] insertedDisplay;

    private DisplayText(String article, String text, int[] replaced, int[] inserted) {
        this.article = article;
        this.text = text;
        this.replaced = replaced;
        this.inserted = inserted;
        this.insertedDisplay = new int[inserted.length];
        for (int k = 0; k < inserted.length; k++) {
            insertedDisplay[k] = inserted[k] + k;
        }
    }

    /** The display text of an article with paragraphs of at most {@link #DEFAULT_MAX_CHUNK} chars. */
    public static DisplayText of(String articleText) {
        return of(articleText, DEFAULT_MAX_CHUNK);
    }

    /**
     * The display text of an article whose paragraphs (runs between '\n') are broken about every
     * {@code maxChunk} chars: at whitespace in the last quarter of a chunk (replaced by '\n', so
     * offsets stay the same), or else by inserting a '\n' that never splits a surrogate pair.
     */
    public static DisplayText of(String articleText, int maxChunk) {
        if (maxChunk < MIN_CHUNK) {
            throw new IllegalArgumentException("maxChunk must be at least " + MIN_CHUNK + ", was " + maxChunk);
        }
        if (!hasLongParagraph(articleText, maxChunk)) {
            return new DisplayText(articleText, articleText, NONE, NONE);
        }
        return new Chunker(articleText, maxChunk).run();
    }

    private static boolean hasLongParagraph(String text, int maxChunk) {
        if (text.length() <= maxChunk) {
            return false;
        }
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end - start > maxChunk) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** The text to put into the pane. */
    public String text() {
        return text;
    }

    /** The article text this display text shows. */
    public String articleText() {
        return article;
    }

    /** True when display indices equal article indices (no break was inserted, though some may replace whitespace). */
    public boolean isIdentity() {
        return inserted.length == 0;
    }

    /** True when the display text is the article text, char for char. */
    public boolean isUnchanged() {
        return inserted.length == 0 && replaced.length == 0;
    }

    /** How many whitespace chars are shown as '\n'. */
    public int replacedBreaks() {
        return replaced.length;
    }

    /** How many '\n' were inserted where a paragraph had no whitespace to break at. */
    public int insertedBreaks() {
        return inserted.length;
    }

    /**
     * The display index of an article index (0..article length). At an inserted break this is the
     * index after the break, where the article char is shown.
     */
    public int toDisplay(int articleIndex) {
        if (articleIndex < 0 || articleIndex > article.length()) {
            throw new IndexOutOfBoundsException("Article index " + articleIndex + " outside 0.." + article.length());
        }
        return articleIndex + countAtOrBelow(inserted, articleIndex);
    }

    /**
     * The article index of a display index (0..display length). An inserted break maps to the article
     * index of the char after it.
     */
    public int toArticle(int displayIndex) {
        if (displayIndex < 0 || displayIndex > text.length()) {
            throw new IndexOutOfBoundsException("Display index " + displayIndex + " outside 0.." + text.length());
        }
        return displayIndex - countBelow(insertedDisplay, displayIndex);
    }

    /**
     * The display range of an article span; an end that falls on an inserted break stays before it,
     * so a highlight does not run on into the next display paragraph.
     */
    public Span toDisplay(Span articleSpan) {
        int start = toDisplay(articleSpan.start());
        if (articleSpan.end() == articleSpan.start()) {
            return new Span(start, start);
        }
        if (articleSpan.end() > article.length()) {
            throw new IndexOutOfBoundsException("Article index " + articleSpan.end() + " outside 0.." + article.length());
        }
        int end = articleSpan.end() + countBelow(inserted, articleSpan.end());
        return new Span(start, end);
    }

    /** The article span of a display range, for example a selection. */
    public Span toArticle(int displayStart, int displayEnd) {
        if (displayEnd < displayStart) {
            throw new IllegalArgumentException("Display end " + displayEnd + " before start " + displayStart);
        }
        return new Span(toArticle(displayStart), toArticle(displayEnd));
    }

    /**
     * The article text behind a display range: replaced whitespace comes back and inserted breaks are
     * dropped, so copying from the pane copies what the article says.
     */
    public String articleSlice(int displayStart, int displayEnd) {
        Span span = toArticle(displayStart, displayEnd);
        return article.substring(span.start(), span.end());
    }

    /** True when the display char at this index is a break made here, not a '\n' of the article. */
    public boolean isMadeBreak(int displayIndex) {
        if (displayIndex < 0 || displayIndex >= text.length()) {
            return false;
        }
        if (Arrays.binarySearch(insertedDisplay, displayIndex) >= 0) {
            return true;
        }
        return replaced.length > 0 && Arrays.binarySearch(replaced, toArticle(displayIndex)) >= 0;
    }

    /** How many values of a sorted array are below {@code limit}. */
    private static int countBelow(int[] sorted, int limit) {
        int found = Arrays.binarySearch(sorted, limit);
        return found >= 0 ? found : -found - 1;
    }

    /** How many values of a sorted array (of distinct values) are at most {@code limit}. */
    private static int countAtOrBelow(int[] sorted, int limit) {
        int found = Arrays.binarySearch(sorted, limit);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** One pass over the article that picks the breaks and builds the display text. */
    private static final class Chunker {
        private final String article;
        private final int maxChunk;
        /** Whitespace is looked for only this far back from a chunk's end, so chunks keep a useful size. */
        private final int window;
        private int[] replaced = new int[16];
        private int replacedCount;
        private int[] inserted = new int[16];
        private int insertedCount;

        Chunker(String article, int maxChunk) {
            this.article = article;
            this.maxChunk = maxChunk;
            this.window = Math.max(1, maxChunk / 4);
        }

        DisplayText run() {
            int start = 0;
            int length = article.length();
            while (start <= length) {
                int newline = article.indexOf('\n', start);
                int end = newline < 0 ? length : newline;
                if (end - start > maxChunk) {
                    breakParagraph(start, end);
                }
                start = end + 1;
            }
            int[] replacedAt = Arrays.copyOf(replaced, replacedCount);
            int[] insertedAt = Arrays.copyOf(inserted, insertedCount);
            return new DisplayText(article, build(replacedAt, insertedAt), replacedAt, insertedAt);
        }

        private void breakParagraph(int start, int end) {
            int chunkStart = start;
            while (end - chunkStart > maxChunk) {
                int limit = chunkStart + maxChunk;
                int space = lastWhitespace(limit, Math.max(chunkStart + 1, limit - window));
                if (space >= 0) {
                    replaced = add(replaced, replacedCount++, space);
                    chunkStart = space + 1;
                } else {
                    int cut = safeCut(chunkStart, limit);
                    inserted = add(inserted, insertedCount++, cut);
                    chunkStart = cut;
                }
            }
        }

        /** The last whitespace char at or before {@code limit} and not before {@code floor}, or -1. */
        private int lastWhitespace(int limit, int floor) {
            for (int i = limit; i >= floor; i--) {
                char c = article.charAt(i);
                // A no-break space is whitespace the writer asked not to break at; Character.isWhitespace agrees.
                if (Character.isWhitespace(c)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * A place to insert a break at or before {@code limit}: never between the halves of a surrogate
         * pair, and, when one is near, not before a combining mark or after a joiner either.
         */
        private int safeCut(int chunkStart, int limit) {
            int floor = Math.max(chunkStart + 1, limit - CLUSTER_BACKOFF);
            for (int cut = limit; cut >= floor; cut--) {
                if (!joined(cut)) {
                    return cut;
                }
            }
            // A long run of marks or joiners: at least keep surrogate pairs whole.
            return Character.isLowSurrogate(article.charAt(limit)) && Character.isHighSurrogate(article.charAt(limit - 1))
                    ? limit - 1 : limit;
        }

        /** True when the chars either side of {@code cut} belong to one visible character. */
        private boolean joined(int cut) {
            char before = article.charAt(cut - 1);
            char after = article.charAt(cut);
            if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
                return true;
            }
            if (before == '\u200D' || after == '\u200D') {
                return true;
            }
            int next = article.codePointAt(cut);
            int type = Character.getType(next);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isModifier(next)
                    || (isRegionalIndicator(next) && oddRegionalIndicatorsBefore(cut));
        }

        /** True when an odd number of regional indicators ends at {@code cut}: the next one completes a flag. */
        private boolean oddRegionalIndicatorsBefore(int cut) {
            int count = 0;
            int at = cut;
            while (at >= 2 && count <= CLUSTER_BACKOFF && isRegionalIndicator(article.codePointBefore(at))) {
                count++;
                at -= 2;
            }
            return count % 2 == 1;
        }

        /** Variation selectors and skin-tone modifiers change the character before them. */
        private static boolean isModifier(int codePoint) {
            return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                    || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
        }

        /** Two regional indicators make one flag. */
        private static boolean isRegionalIndicator(int codePoint) {
            return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
        }

        private String build(int[] replacedAt, int[] insertedAt) {
            char[] out = new char[article.length() + insertedAt.length];
            int from = 0;
            int to = 0;
            for (int at : insertedAt) {
                article.getChars(from, at, out, to);
                to += at - from;
                out[to++] = '\n';
                from = at;
            }
            article.getChars(from, article.length(), out, to);
            int k = 0;
            for (int at : replacedAt) {
                while (k < insertedAt.length && insertedAt[k] <= at) {
                    k++;
                }
                out[at + k] = '\n';
            }
            return new String(out);
        }

        private static int[] add(int[] values, int count, int value) {
            int[] target = count == values.length ? Arrays.copyOf(values, count * 2) : values;
            target[count] = value;
            return target;
        }
    }
}
