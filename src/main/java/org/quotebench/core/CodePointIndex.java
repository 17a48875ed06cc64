package org.quotebench.core;

import java.util.Arrays;

/**
 * Converts many offsets of one text between Java indices and code points in O(log n) each, so
 * that exporting thousands of quotes of a long article stays fast. Built once per text.
 */
public final class CodePointIndex {
    private final String text;
    private final int codePointLength;
    /** Java index of the high surrogate of each pair, in order. */
    private final int[] pairStarts;
    /** Code point offset of each pair, in order. */
    private final int[] pairCodePoints;

    public CodePointIndex(String text) {
        this.text = text;
        int pairs = 0;
        int[] starts = new int[16];
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (pairs == starts.length) {
                    starts = Arrays.copyOf(starts, pairs * 2);
                }
                starts[pairs++] = i;
                i++;
            }
        }
        this.pairStarts = Arrays.copyOf(starts, pairs);
        this.pairCodePoints = new int[pairs];
        for (int j = 0; j < pairs; j++) {
            pairCodePoints[j] = pairStarts[j] - j;
        }
        this.codePointLength = text.length() - pairs;
    }

    /** The text's length in Java chars. */
    public int length() {
        return text.length();
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** The code point offset of a Java index on a character boundary. */
    public int toCodePoint(int index) {
        if (index < 0 || index > text.length()) {
            throw new QuotebenchException("Index " + index + " is outside the text.");
        }
        int before = countBelow(pairStarts, index);
        if (before > 0 && pairStarts[before - 1] == index - 1) {
            throw new QuotebenchException("Index " + index + " falls inside a character (a surrogate pair).");
        }
        return index - before;
    }

    /** The Java index of a code point offset between 0 and the text's code point length. */
    public int toIndex(int codePoint) {
        if (codePoint < 0) {
            throw new QuotebenchException("Offset " + codePoint + " is negative.");
        }
        if (codePoint > codePointLength) {
            throw new QuotebenchException("Offset " + codePoint + " is past the end of the text (" + codePointLength
                    + " code points).");
        }
        return codePoint + countBelow(pairCodePoints, codePoint);
    }

    /** A span given in code points, as Java indices. */
    public Span toSpan(int start, int end) {
        if (end < start) {
            throw new QuotebenchException("The end " + end + " is before the start " + start + ".");
        }
        return new Span(toIndex(start), toIndex(end));
    }

    /** How many values of a sorted array are below {@code limit}. */
    private static int countBelow(int[] sorted, int limit) {
        int found = Arrays.binarySearch(sorted, limit);
        return found >= 0 ? found : -found - 1;
    }
}
