package org.quotebench.suggest;

import java.util.Locale;

/** A word or a single punctuation character of a text, with its place. */
record Token(int start, int end, String text) {
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }
}
