package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;

/**
 * The words around one quote, where its speaker is looked for: the tokens before the opening mark
 * ([0, {@code split})) and after the closing mark ([{@code split}, size)), which of them lie inside
 * another quotation, the quote itself and its kind, the candidate speakers found there, and the rules'
 * attribution ({@code inherits} when the rules found none and the quote may go on from the one before),
 * the article's names and the previous quote's speaker; the text's tokens, where the window's two
 * halves start among them.
 */
record QuoteWindow(String text, QuotedSpan quote, org.quotebench.core.QuoteKind kind, List<Token> tokens, int split,
        boolean[] quoted, List<SpeakerCandidate> candidates, Optional<Attribution> rules, boolean inherits, NameBook names,
        Optional<String> previousSpeaker, TextTokens all, int leftStart, int rightStart) {
    /** How far before the opening mark and after the closing mark speakers are looked for, in characters. */
    static final int LEFT = 300;
    static final int RIGHT = 200;

    Token token(int i) {
        return tokens.get(i);
    }

    /** The index among the text's tokens of window token {@code i}. */
    int global(int i) {
        return i < split ? leftStart + i : rightStart + i - split;
    }

    /**
     * The index among the text's tokens of the end (or start) {@code i} of a run of window tokens in the
     * half before the quote ({@code before}) or after it: {@code split} ends the one and starts the other.
     */
    int globalEnd(int i, boolean before) {
        return before ? leftStart + i : rightStart + i - split;
    }

    /** The first window token that starts at or after {@code position} (the tokens are in order), or the size. */
    int firstFrom(int position) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int size() {
        return tokens.size();
    }

    boolean before(SpeakerCandidate c) {
        return c.inWindow() && c.last() < split;
    }

    /** The text between two places, for asking what lies between a candidate and the quote. */
    boolean anyBetween(int from, int to, char c) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the candidate's half of the window and the first token past it. */
    int halfStart(SpeakerCandidate c) {
        return before(c) ? 0 : split;
    }

    int halfEnd(SpeakerCandidate c) {
        return before(c) ? split : tokens.size();
    }

    boolean isCue(int i) {
        return tokens.get(i).cue(i == split);
    }

    /** The cue right after a candidate, past auxiliaries, adverbs and brackets ("Holt (D-Ore.) has said"), or -1. */
    int cueAfter(SpeakerCandidate c) {
        int end = halfEnd(c);
        int after = c.last() + 1;
        while (after < end && (skippable(tokens.get(after)) || tokens.get(after).is("("))) {
            if (tokens.get(after).is("(")) {
                int close = after;
                while (close < end && close - after < 8 && !tokens.get(close).is(")")) {
                    close++;
                }
                after = close + 1;
            } else {
                after++;
            }
        }
        return after < end && isCue(after) ? after : -1;
    }

    /** The word before a candidate, past a determiner ("said the mayor": said), or -1. */
    int wordBefore(SpeakerCandidate c) {
        int back = c.first() - 1;
        while (back >= halfStart(c) && tokens.get(back).in(Lexical.DETERMINER)) {
            back--;
        }
        return back >= halfStart(c) ? back : -1;
    }

    private static boolean skippable(Token t) {
        return t.isWord() && !t.isCapitalised() && (t.in(Lexical.AUXILIARY) && !t.in(Lexical.CUE) || t.in(Word.ADVERB));
    }
}
