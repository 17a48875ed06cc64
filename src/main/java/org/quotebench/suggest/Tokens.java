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
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int limit = Math.min(to, text.length());
        while (i < limit) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < limit) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ("'’-.&".indexOf(d) >= 0 && j + 1 < limit && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String word = text.substring(i, j);
                if (j < limit && text.charAt(j) == '.'
                        && (DOTTED.contains(word) || word.indexOf('.') > 0 || word.length() == 1 && Character.isUpperCase(c))) {
                    j++; // Sen. / U.S. / J. keep their dot
                    word = text.substring(i, j);
                }
                tokens.add(new Token(i, j, word));
                i = j;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }
}
