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
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++, codePoint++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("holds half a character (a lone surrogate at character " + codePoint + "), not text");
            }
        }
        if (mostlyControlCharacters(text)) {
            return Optional.of("is mostly control characters (binary content), not text");
        }
        boolean blank = onlyWhitespace(text);
        return blank ? Optional.of(text.isEmpty() ? "is empty" : "holds only whitespace") : Optional.empty();
    }

    /** Whether control characters other than tab, line feed, carriage return and form feed are frequent: binary content. */
    public static boolean mostlyControlCharacters(String text) {
        long controls = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            }
        }
        return controls * CONTROL_CHARACTER_RATIO > n;
    }

    /** Whitespace in the widest sense, so that a text of no-break spaces or BOMs is not taken for an article. */
    public static boolean onlyWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }
}
