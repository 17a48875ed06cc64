package org.quotebench.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Snippets for search on a server library (issue 25), made here from the best rows' texts rather than by
 * {@code ts_headline}, which re-reads every text and took as long as the ranking: about sixteen words
 * around the first word the query matches, each matched word between the marks, "…" where the text goes
 * on — the shape FTS5's {@code snippet()} gives on a file. Words compare as the server's search does:
 * case and accents aside, a prefix term matching the words it begins.
 */
final class ServerSnippets {
    private static final int WORDS = 16;
    private static final int BEFORE = 4;

    /** A word to mark: its form with case and accents removed, and whether it is a prefix ("ferr*"). */
    record Term(String key, boolean prefix) {
    }

    private ServerSnippets() {
    }

    /** The snippet of {@code text} for {@code terms}, matches between {@code open} and {@code close}. */
    static String of(String text, List<Term> terms, String open, String close) {
        List<int[]> words = words(text);
        if (words.isEmpty()) {
            return "";
        }
        int first = -1;
        for (int k = 0; k < words.size() && first < 0; k++) {
            if (matches(text, words.get(k), terms)) {
                first = k;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, Math.min(first - BEFORE, words.size() - WORDS));
        int to = Math.min(words.size(), from + WORDS);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int at = words.get(from)[0];
        for (int k = from; k < to; k++) {
            int[] w = words.get(k);
            out.append(text, at, w[0]);
            boolean marked = matches(text, w, terms);
            out.append(marked ? open : "").append(text, w[0], w[1]).append(marked ? close : "");
            at = w[1];
        }
        return out.append(to < words.size() ? "…" : "").toString();
    }

    /** A word as the search compares it: accents and case aside. */
    static String key(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            }
        }
        return word.toLowerCase(Locale.ROOT); // most words: nothing to take off but the case
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean matches(String text, int[] word, List<Term> terms) {
        String key = key(text.substring(word[0], word[1]));
        for (Term t : terms) {
            if (t.prefix() ? key.startsWith(t.key()) : key.equals(t.key())) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text as [start, end) pairs: letters and digits, with the marks that belong to them. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.codePointAt(i)) || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                words.add(new int[] {start, i});
            } else {
                i += Character.charCount(c);
            }
        }
        return words;
    }
}
