package org.quotebench.core;

/**
 * Checks offsets against a text: spans must lie inside it and never split a surrogate pair.
 * Converting to and from code points is {@link CodePointIndex}'s job (see docs/decisions/0002).
 */
public final class Offsets {
    private Offsets() {
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
