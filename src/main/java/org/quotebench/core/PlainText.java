package org.quotebench.core;

import java.util.Optional;

/**
 * Whether a string can be an article's text, by the rules {@code import} applies to files: no NUL
 * characters, no half characters (lone surrogates, which cannot be stored as UTF-8), not mostly
 * control characters, not empty or only whitespace. Text from annotation files is refused by them
 * too, never silently altered.
 */
public final class PlainText {
    /** More than one control character in this many characters means the text is binary content. */
    private static final int CONTROL_CHARACTER_RATIO = 20;

    private PlainText() {
    }

    /** Why {@code text} cannot be an article's text ("holds a NUL character (binary content), not text"), if it cannot. */
    public static Optional<String> whyNot(String text) {
        if (text.indexOf('\0') >= 0) {
            return Optional.of("holds a NUL character (binary content), not text");
        }
        int controls = 0;
        int codePoint = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++, codePoint++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                blank = false;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("holds half a character (a lone surrogate at character " + codePoint + "), not text");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            }
            blank &= Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
        }
        if ((long) controls * CONTROL_CHARACTER_RATIO > text.length()) {
            return Optional.of("is mostly control characters (binary content), not text");
        }
        return blank ? Optional.of(text.isEmpty() ? "is empty" : "holds only whitespace") : Optional.empty();
    }
}
