package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the outermost quotations of a text in one left-to-right pass. Nested quotes belong to the
 * outer one; a quote runs over several paragraphs only when each new paragraph opens with a mark;
 * a mark that finds no closer in its paragraph is treated as stray, so it never swallows the rest.
 */
final class QuotedSpans {
    private QuotedSpans() {
    }

    static List<QuotedSpan> find(String text) {
        List<QuotedSpan> found = new ArrayList<>();
        // For an opening mark whose scan failed: up to where (a paragraph end) its later twins are
        // scanned without nesting, or skipped outright when no closer at all exists. This keeps the
        // pass linear even on a megabyte of stray marks.
        Map<Character, Integer> flatUntil = new HashMap<>();
        Map<Character, Integer> noCloserUntil = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!QuoteMarks.isMark(c) || !QuoteMarks.canOpen(text, i)) {
                i++;
                continue;
            }
            if (i < noCloserUntil.getOrDefault(c, -1)) {
                i++;
                continue;
            }
            boolean nesting = i >= flatUntil.getOrDefault(c, -1);
            Scan scan = scan(text, i, nesting);
            if (scan.close >= 0) {
                found.add(new QuotedSpan(i, scan.close, scan.paragraphs > 1));
                i = scan.close + 1;
            } else if (scan.paragraphs > 1) {
                // A broken multi-paragraph quote: its marks are stray; go on after the failure.
                i = scan.failedAt;
            } else if (!scan.closerSeen) {
                noCloserUntil.put(c, scan.failedAt);
                i++;
            } else {
                flatUntil.put(c, scan.failedAt);
                i++;
            }
        }
        return found;
    }

    private record Scan(int close, int failedAt, int paragraphs, boolean closerSeen) {
    }

    private static Scan scan(String text, int open, boolean nesting) {
        char opener = text.charAt(open);
        String closers = QuoteMarks.closersOf(opener);
        String mixed = QuoteMarks.mixedClosersOf(opener);
        boolean sameChar = closers.indexOf(opener) >= 0;
        int properAhead = -1; // the next proper closer in this paragraph, once looked for (n: none)
        char mixedOpener = opener == '"' ? '“' : '"';
        int mixedDepth = 0; // quotations of the other style opened inside this one
        int depth = 1;
        int paragraphs = 1;
        boolean closerSeen = false;
        int n = text.length();
        for (int j = open + 1; j < n; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                int next = nextNonSpace(text, j);
                if (next < n && text.charAt(next) == opener && QuoteMarks.canOpen(text, next)) {
                    // Each paragraph of a long quote opens again; only the last one closes.
                    paragraphs++;
                    depth = 1;
                    j = next;
                    properAhead = -1;
                    mixedDepth = 0;
                    continue;
                }
                return new Scan(-1, j, paragraphs, closerSeen);
            }
            if (closers.indexOf(c) >= 0 && QuoteMarks.canClose(text, j, opener)) {
                closerSeen = true;
                if (--depth == 0 || !nesting) {
                    return new Scan(j, j, paragraphs, true);
                }
            } else if (!mixed.isEmpty() && c == mixedOpener && QuoteMarks.canOpen(text, j)) {
                mixedDepth++; // "… chanting “U-S-A!” …": its ” is its own, not this quote's
            } else if (mixed.indexOf(c) >= 0 && mixedDepth > 0) {
                mixedDepth--;
            } else if (mixed.indexOf(c) >= 0 && depth == 1 && QuoteMarks.canClose(text, j, opener)) {
                if (properAhead < j) {
                    properAhead = properCloser(text, j + 1, opener, closers);
                }
                if (properAhead == n) { // “…" with no ” to come in the paragraph: the typist's mix closes it
                    return new Scan(j, j, paragraphs, true);
                }
            } else if (nesting && !sameChar && c == opener && QuoteMarks.canOpen(text, j)) {
                depth++;
            }
        }
        return new Scan(-1, n, paragraphs, closerSeen);
    }

    /**
     * Where a proper closer of {@code opener} stands further on in the paragraph, or the text's length
     * when the paragraph ends, or a quote of the same style opens, before one does ("Hi,” she said.
     * "Bye,” …: the second " opens; the first quote's ” is its closer). Stopping at the next opener
     * keeps every look-ahead within the stretch up to the next quote, so the pass stays linear.
     */
    private static int properCloser(String text, int from, char opener, String closers) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
            char c = text.charAt(k);
            if (closers.indexOf(c) >= 0 && QuoteMarks.canClose(text, k, opener)) {
                return k;
            }
            if (c == opener && QuoteMarks.canOpen(text, k)) {
                return text.length();
            }
        }
        return text.length();
    }

    private static int nextNonSpace(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
