package org.quotebench.suggest;

import java.util.Arrays;

/**
 * Every place in a text where a sentence starts ({@link Sentences#startsAt}), found in one pass, so
 * that the finder's many questions about sentences (one per character for reported speech, several
 * per quote) are binary searches rather than looks back through the text. Answers exactly as the
 * {@link Sentences} methods of the same names.
 */
final class SentenceStarts {
    private final String text;
    /** The sentence starts in order, 0 first. */
    private final int[] starts;

    SentenceStarts(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int p = 1; p < text.length(); p++) {
            char prev = text.charAt(p - 1);
            if (prev > ' ' && prev < 0x7f) {
                continue; // the quick test Sentences.startsAt begins with, without the call
            }
            char first = text.charAt(p);
            if (prev == ' ' && first >= 'a' && first <= 'z') {
                continue; // a lower-case word after a plain space (most words of a text) starts no sentence
            }
            if (Sentences.startsAt(text, p)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = p;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The sentence starts in order, 0 first (not to be changed). */
    int[] all() {
        return starts;
    }

    boolean at(int p) {
        return p <= 0 || p < text.length() && Arrays.binarySearch(starts, p) >= 0;
    }

    /** As {@link Sentences#startBefore}: the last start in ({@code floor}, {@code i}], else {@code floor}. */
    int before(int i, int floor) {
        int k = lastAtOrBefore(Math.min(i, text.length()));
        return k >= 0 && starts[k] > floor ? starts[k] : floor;
    }

    /** As {@link Sentences#endAfter}: where the sentence holding {@code i} ends, trailing spaces left out. */
    int endAfter(int i, int ceiling) {
        int limit = Math.min(ceiling, text.length());
        int k = lastAtOrBefore(i) + 1;
        if (k < starts.length && starts[k] < limit) {
            int e = starts[k];
            while (e > i && Tokens.isSpace(text.charAt(e - 1))) {
                e--;
            }
            return e;
        }
        return limit;
    }

    /** The index of the last start at or before {@code p}, or -1. */
    private int lastAtOrBefore(int p) {
        int k = Arrays.binarySearch(starts, p);
        return k >= 0 ? k : -k - 2;
    }
}
