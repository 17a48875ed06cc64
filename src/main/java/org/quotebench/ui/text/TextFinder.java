package org.quotebench.ui.text;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.Span;

/**
 * Finds every occurrence of a query in a text for a pane's find bar. Search the article text, not the
 * display text, so that a phrase still matches across a break the pane made.
 */
public final class TextFinder {
    private TextFinder() {
    }

    /** All occurrences, case-insensitive. */
    public static List<Span> find(String text, String query) {
        return find(text, query, false);
    }

    /**
     * All non-overlapping occurrences, left to right, as spans of {@code text}. Ignoring case compares
     * code point by code point with simple case mappings (like {@link String#equalsIgnoreCase}), never
     * by lower-casing the whole text, whose length could change ("İ" becomes two chars) and shift every
     * index after it; the result also does not depend on the default locale. Matches that would cut a
     * surrogate pair are skipped. An empty query finds nothing.
     */
    public static List<Span> find(String text, String query, boolean matchCase) {
        if (query.isEmpty() || query.length() > text.length()) {
            return List.of();
        }
        return matchCase ? exact(text, query) : ignoringCase(text, query);
    }

    private static List<Span> exact(String text, String query) {
        List<Span> found = new ArrayList<>();
        int at = text.indexOf(query);
        while (at >= 0) {
            int end = at + query.length();
            if (onBoundary(text, at) && onBoundary(text, end)) {
                found.add(new Span(at, end));
                at = text.indexOf(query, end);
            } else {
                at = text.indexOf(query, at + 1);
            }
        }
        return found;
    }

    private static List<Span> ignoringCase(String text, String query) {
        int[] plain = query.codePoints().toArray();
        int[] folded = query.codePoints().map(TextFinder::fold).toArray();
        List<Span> found = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (same(codePoint, plain[0], folded[0])) {
                int end = matchFrom(text, next, plain, folded);
                if (end >= 0) {
                    found.add(new Span(i, end));
                    i = end;
                    continue;
                }
            }
            i = next;
        }
        return found;
    }

    /** Where a match that began with {@code query[0]} ends when the rest of the query follows {@code from}, or -1. */
    private static int matchFrom(String text, int from, int[] plain, int[] folded) {
        int at = from;
        for (int k = 1; k < plain.length; k++) {
            if (at >= text.length()) {
                return -1;
            }
            int codePoint = text.codePointAt(at);
            if (!same(codePoint, plain[k], folded[k])) {
                return -1;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    private static boolean same(int codePoint, int queryCodePoint, int foldedQueryCodePoint) {
        return codePoint == queryCodePoint || fold(codePoint) == foldedQueryCodePoint;
    }

    /** Upper then lower case, as {@link String#regionMatches(boolean, int, String, int, int)} compares. */
    private static int fold(int codePoint) {
        if (codePoint < 0x80) {
            // ASCII, nearly every char of most articles: skip the Unicode tables.
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
        }
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private static boolean onBoundary(String text, int index) {
        return index <= 0 || index >= text.length()
                || !(Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index)));
    }
}
