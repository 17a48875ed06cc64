package org.quotebench.suggest;

import java.util.Locale;

/**
 * A word or mark as written, shared by every place a text uses it ({@link Words}): its lower case,
 * and what the finder asks of it most, read once when it is first met — the word lists that hold
 * it ({@link Lexical}), whether it is a cue and whether it ends in a possessive.
 */
final class Word {
    /** Bits above {@link Lexical}'s: what is read from the word lists and the text together. */
    static final int CUE_ELSEWHERE = 1 << 29;
    static final int CUE_AFTER_QUOTE = 1 << 28;
    static final int POSSESSIVE = 1 << 27;
    /** Ends in -ly and has more than four letters: an adverb ("widely", "later" not). */
    static final int ADVERB = 1 << 26;
    /** Has more than three letters and ends as a verb may: in -ed, or in -s but not -ss or -us. */
    static final int VERB_ENDING = 1 << 30;

    final String text;
    final String lower;
    final boolean word;
    final boolean capitalised;
    final int bits;

    Word(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.word = Tokens.isLetterOrDigit(text.charAt(0));
        this.capitalised = Character.isUpperCase(text.charAt(0));
        this.bits = bits(Lexical.of(lower));
    }

    private int bits(int lists) {
        int b = lists;
        boolean listedCue = (lists & Lexical.CUE) != 0;
        boolean so = lower.equals("so");
        if (word && (so || listedCue)) {
            b |= CUE_AFTER_QUOTE; // right after a quote a capitalised cue counts, and "so" (German „…“, so Scholz)
        }
        if (word && !so && listedCue && (!capitalised || lower.equals("according"))) {
            b |= CUE_ELSEWHERE;
        }
        if (endsPossessive(text)) {
            b |= POSSESSIVE;
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            b |= ADVERB;
        }
        if (lower.length() > 3 && (lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us"))) {
            b |= VERB_ENDING;
        }
        return b;
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
}
