package org.quotebench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what someone types into a search box into an FTS5 query that cannot be a syntax error:
 * every word becomes a quoted string, the last one a prefix (the word being typed), all ANDed.
 */
final class TypedQuery {
    private TypedQuery() {
    }

    /** The FTS5 query for {@code typed}, or empty when it holds no word that the index could match. */
    static Optional<String> of(String typed) {
        // Inside an FTS5 string only the double quote is special, and doubling it escapes it.
        return joined(typed, " AND ", word -> '"' + word.replace("\"", "\"\"") + '"', "*");
    }

    /**
     * The same for a library on a PostgreSQL server: a {@code tsquery} for {@code to_tsquery('simple', ?)},
     * every word a quoted lexeme, the last a prefix ({@code 'harbour' & 'vot':*}), or empty.
     */
    static Optional<String> forServer(String typed) {
        // Inside a quoted lexeme a quote is doubled and a backslash escapes: nothing typed is syntax.
        return joined(typed, " & ", word -> "'" + word.replace("\\", "\\\\").replace("'", "''") + "'", ":*");
    }

    /** The typed words, each quoted, joined, the last made a prefix; empty when no word could match. */
    private static Optional<String> joined(String typed, String and, java.util.function.UnaryOperator<String> quote, String prefix) {
        List<String> words = new ArrayList<>();
        for (String word : typed.strip().split("\\s+")) {
            // A word without letters or digits ("-", "*", a lone quote) gives the tokenizer no token;
            // as a phrase it would match nothing and empty the list while the user is still typing.
            if (word.codePoints().anyMatch(TypedQuery::isTokenCharacter)) {
                words.add(quote.apply(word));
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(and, words) + prefix);
    }

    /** What the unicode61 tokenizer keeps: letters, numbers and private-use characters. */
    private static boolean isTokenCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE;
    }
}
