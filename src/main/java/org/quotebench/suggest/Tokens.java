package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a stretch of text into words (with inner apostrophes, hyphens and abbreviation dots) and punctuation. */
final class Tokens {
    private static final Set<String> DOTTED = Set.of("Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "St", "Jr", "Sr",
            "Gen", "Lt", "Col", "Sgt", "Prof", "Rev", "Hon", "Capt", "Adm", "Maj", "Gén", "Mme", "Det", "Supt", "Insp");

    private Tokens() {
    }

    /** A space of any kind, the no-break space (U+00A0) of pasted news text included. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F; // as below, read directly
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@link Character#isLetterOrDigit}, with ASCII read directly. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    static List<Token> of(String text, int from, int to) {
        return of(text, from, to, Words.ofThisThread());
    }

    /** The tokens of [{@code from}, {@code to}), their words shared through {@code words} (one table for a whole text). */
    static List<Token> of(String text, int from, int to, Words words) {
        List<Token> tokens = new ArrayList<>();
        into(text, from, to, words, tokens);
        return tokens;
    }

    /** Adds the tokens of [{@code from}, {@code to}) to {@code tokens}, their words shared through {@code words}. */
    static void into(String text, int from, int to, Words words, List<Token> tokens) {
        int i = Math.max(0, from);
        int limit = Math.min(to, text.length());
        while (i < limit) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < limit) {
                    char d = text.charAt(j);
                    if (isLetterOrDigit(d) || d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ("'’-.&".indexOf(d) >= 0 && j + 1 < limit && isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                Word word = words.at(text, i, j);
                if (j < limit && text.charAt(j) == '.'
                        && (DOTTED.contains(word.text) || word.text.indexOf('.') > 0 || j - i == 1 && Character.isUpperCase(c))) {
                    j++; // Sen. / U.S. / J. keep their dot
                    word = words.at(text, i, j);
                }
                tokens.add(new Token(i, j, word));
                i = j;
            } else {
                tokens.add(new Token(i, i + 1, words.at(text, i, i + 1)));
                i++;
            }
        }
    }
}
