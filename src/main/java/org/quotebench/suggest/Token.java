package org.quotebench.suggest;

import java.util.Locale;

/**
 * A word or a single punctuation character of a text, with its place and its lower case (made once,
 * read often), and which of the finder's word lists hold it (read on first use, see {@link Lexical}).
 */
final class Token {
    private final int start;
    private final int end;
    private final String text;
    private final String lower;
    private final boolean word;
    private final boolean capitalised;
    private int lexical = -1;

    Token(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.word = Tokens.isLetterOrDigit(text.charAt(0));
        this.capitalised = Character.isUpperCase(text.charAt(0));
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    boolean isWord() {
        return word;
    }

    boolean isCapitalised() {
        return capitalised;
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }

    /** Whether one of the word lists in {@code flags} ({@link Lexical}'s bits) holds this word. */
    boolean in(int flags) {
        return (bits() & flags) != 0;
    }

    /**
     * Whether this is a cue: a lower-case speech verb (or "according"); right after a quote
     * ({@code firstAfterQuote}) a capitalised one too, and "so" only there (German „…“, so Scholz).
     */
    boolean cue(boolean firstAfterQuote) {
        return (bits() & (firstAfterQuote ? CUE_AFTER_QUOTE : CUE_ELSEWHERE)) != 0;
    }

    /** Whether the word ends in a possessive: "Trump’s", "Peskov's", "the officials’". */
    boolean possessive() {
        return (bits() & POSSESSIVE) != 0;
    }

    /** What the finder asks of this token most, read once: the word lists, cues, possessive (a token is asked from many windows). */
    private int bits() {
        int l = lexical;
        if (l < 0) {
            l = derived(Lexical.of(lower));
            lexical = l; // a benign race: every thread computes the same value
        }
        return l;
    }

    /** Bits above {@link Lexical}'s: what is read from the word lists and the text together. */
    private static final int CUE_ELSEWHERE = 1 << 29;
    private static final int CUE_AFTER_QUOTE = 1 << 28;
    private static final int POSSESSIVE = 1 << 27;

    private int derived(int lists) {
        int bits = lists;
        boolean listedCue = (lists & Lexical.CUE) != 0;
        boolean so = lower.equals("so");
        if (word && (so || listedCue)) {
            bits |= CUE_AFTER_QUOTE;
        }
        if (word && !so && listedCue && (!capitalised || lower.equals("according"))) {
            bits |= CUE_ELSEWHERE;
        }
        if (endsPossessive(text)) {
            bits |= POSSESSIVE;
        }
        return bits;
    }

    /** Ends in ’s, 's, s’ or s'. */
    static boolean endsPossessive(String s) {
        int n = s.length();
        if (n < 2) {
            return false;
        }
        char last = s.charAt(n - 1);
        char before = s.charAt(n - 2);
        return last == 's' && (before == '’' || before == '\'') || before == 's' && (last == '’' || last == '\'');
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
        return text + "@" + start;
    }
}
