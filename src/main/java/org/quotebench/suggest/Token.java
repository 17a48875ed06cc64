package org.quotebench.suggest;

/**
 * A word or a single punctuation character of a text, with its place; what is written there (its
 * lower case, the word lists that hold it) is a {@link Word} that every place of the same word shares.
 */
final class Token {
    private final int start;
    private final int end;
    private final Word word;

    Token(int start, int end, Word word) {
        this.start = start;
        this.end = end;
        this.word = word;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return word.text;
    }

    String lower() {
        return word.lower;
    }

    boolean isWord() {
        return word.word;
    }

    boolean isCapitalised() {
        return word.capitalised;
    }

    boolean is(String punctuation) {
        return word.text.equals(punctuation);
    }

    /** Whether one of the word lists in {@code flags} ({@link Lexical}'s bits) holds this word. */
    boolean in(int flags) {
        return (word.bits & flags) != 0;
    }

    /**
     * Whether this is a cue: a lower-case speech verb (or "according"); right after a quote
     * ({@code firstAfterQuote}) a capitalised one too, and "so" only there (German „…“, so Scholz).
     */
    boolean cue(boolean firstAfterQuote) {
        return (word.bits & (firstAfterQuote ? Word.CUE_AFTER_QUOTE : Word.CUE_ELSEWHERE)) != 0;
    }

    /** Whether the word ends in a possessive: "Trump’s", "Peskov's", "the officials’". */
    boolean possessive() {
        return (word.bits & Word.POSSESSIVE) != 0;
    }

    /** Whether every UTF-16 unit of {@code s} is an upper-case letter (as {@code s.chars().allMatch(Character::isUpperCase)}). */
    static boolean allUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase((int) s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is written in capitals ("BOARD"): two characters or more, none of them lower case. */
    boolean inCapitals() {
        String text = word.text;
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase((int) text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return word.text + "@" + start;
    }
}
