package org.quotebench.core;

/**
 * Converts between Java string indices (used inside the program) and Unicode code points
 * (used at every boundary: command line, exports, imports). See docs/decisions/0002.
 */
public final class Offsets {
    private Offsets() {
    }

    /** The code point offset of a Java index; the index must not split a surrogate pair. */
    public static int toCodePoint(String text, int index) {
        checkBoundary(text, index);
        return text.codePointCount(0, index);
    }

    /** The Java index of a code point offset, refusing offsets past the end of the text. */
    public static int toIndex(String text, int codePoint) {
        if (codePoint < 0) {
            throw new QuotebenchException("Offset " + codePoint + " is negative.");
        }
        int length = text.codePointCount(0, text.length());
        if (codePoint > length) {
            throw new QuotebenchException("Offset " + codePoint + " is past the end of the text (" + length + " code points).");
        }
        return text.offsetByCodePoints(0, codePoint);
    }

    /** A span given in code points, as Java indices. */
    public static Span spanFromCodePoints(String text, int start, int end) {
        if (end < start) {
            throw new QuotebenchException("End " + end + " is before start " + start + ".");
        }
        int from = toIndex(text, start);
        return new Span(from, offsetFrom(text, from, end - start));
    }

    private static int offsetFrom(String text, int index, int codePoints) {
        int length = text.codePointCount(index, text.length());
        if (codePoints > length) {
            throw new QuotebenchException("Offset " + (Offsets.length(text) - length + codePoints)
                    + " is past the end of the text (" + Offsets.length(text) + " code points).");
        }
        return text.offsetByCodePoints(index, codePoints);
    }

    /** The code point length of a text. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Refuses a span that leaves the text or cuts through a surrogate pair. */
    public static void checkSpan(String text, Span span) {
        if (span.end() > text.length()) {
            throw new QuotebenchException("Span " + span.start() + ".." + span.end()
                    + " ends past the end of the text (" + text.length() + ").");
        }
        checkBoundary(text, span.start());
        checkBoundary(text, span.end());
    }

    private static void checkBoundary(String text, int index) {
        if (index < 0 || index > text.length()) {
            throw new QuotebenchException("Index " + index + " is outside the text.");
        }
        if (index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index))) {
            throw new QuotebenchException("Index " + index + " falls inside a character (a surrogate pair).");
        }
    }
}
