package org.quotebench.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotebench.core.Span;

/**
 * Find elsewhere: where another text has the same words as a quote, allowing for small differences
 * (case, punctuation, a word added, dropped or changed here and there, a shorter excerpt of at least
 * {@link #MIN_WORDS} words). Pure: a quote's text and another text in, the matching spans out.
 */
public final class Elsewhere {
    /** Share of the quote's words a stretch must have, in order. */
    static final double SHARE = 0.75;
    static final int MIN_WORDS = 4;

    private Elsewhere() {
    }

    /** The stretches of {@code text} (Java indices, from the first matching word to the last) that render {@code quote}. */
    public static List<Span> in(String quote, String text) {
        List<Words.Word> wanted = Words.of(quote);
        if (wanted.size() < MIN_WORDS) {
            return List.of();
        }
        List<Words.Word> words = Words.of(text);
        Set<String> vocabulary = new HashSet<>();
        wanted.forEach(w -> vocabulary.add(w.norm()));
        int window = (int) Math.ceil(wanted.size() * 1.3) + 2;
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!vocabulary.contains(words.get(i).norm())) {
                i++;
                continue;
            }
            List<Words.Word> stretch = words.subList(i, Math.min(words.size(), i + window));
            int[] matched = alignedEnds(wanted, stretch);
            int common = matched[0];
            if (common >= MIN_WORDS && common >= SHARE * Math.min(wanted.size(), Math.max(MIN_WORDS, stretch.size()))) {
                // A later start that keeps as many words is tighter ("The mayor said: the bridge…" starts at "the bridge").
                int start = i;
                while (start + 1 < words.size()) {
                    List<Words.Word> later = words.subList(start + 1, Math.min(words.size(), start + 1 + window));
                    int[] again = alignedEnds(wanted, later);
                    if (again[0] < common) {
                        break;
                    }
                    common = again[0]; // a later start may even keep more words
                    start++;
                    stretch = later;
                    matched = again;
                }
                i = start;
                Words.Word first = stretch.get(matched[1]);
                Words.Word last = stretch.get(matched[2]);
                found.add(new Span(first.start(), last.end()));
                i += matched[2] + 1;
            } else {
                i++;
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    /** The longest common subsequence's length, and the positions in {@code stretch} of its first and last words. */
    private static int[] alignedEnds(List<Words.Word> wanted, List<Words.Word> stretch) {
        int n = wanted.size();
        int m = stretch.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int a = n - 1; a >= 0; a--) {
            for (int b = m - 1; b >= 0; b--) {
                lcs[a][b] = wanted.get(a).norm().equals(stretch.get(b).norm()) ? lcs[a + 1][b + 1] + 1 : Math.max(lcs[a + 1][b], lcs[a][b + 1]);
            }
        }
        int a = 0;
        int b = 0;
        int first = -1;
        int last = -1;
        while (a < n && b < m) {
            if (wanted.get(a).norm().equals(stretch.get(b).norm())) {
                if (first < 0) {
                    first = b;
                }
                last = b;
                a++;
                b++;
            } else if (lcs[a + 1][b] >= lcs[a][b + 1]) {
                a++;
            } else {
                b++;
            }
        }
        return new int[] {lcs[0][0], Math.max(first, 0), Math.max(last, 0)};
    }
}
