package org.quotebench.store;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.QuotebenchException;

/**
 * The search query syntax people use on a workspace file (FTS5's: words, "phrases", AND, OR, NOT,
 * prefix*, parentheses) as a PostgreSQL {@code tsquery} for a library on a server (issue 25), so that a
 * query finds the same on both: {@code harbour "tide gates" OR ferr*} is
 * {@code 'harbour' & ('tide' <-> 'gates') | 'ferr':*}. Outside double quotes only letters, digits and
 * underscores make words, as in FTS5: anything else is refused with the same advice.
 */
final class ServerQuery {
    private ServerQuery() {
    }

    /** A query read: the tsquery, and the words to mark in snippets ({@link ServerSnippets}). */
    record Parsed(String tsquery, List<ServerSnippets.Term> terms) {
        /** Whether it has a phrase of several words, which only the full vector, with every position, can check. */
        boolean phrased() {
            return tsquery.contains(" <-> ");
        }
    }

    /**
     * The query, one parameter (a tsquery text), as the table {@code q}: {@code query} as given; whether
     * it has a phrase ({@code phrased}; the server's own parser makes phrases too, of words like "l’avion");
     * and {@code loose}, what the rank vector checks: the query itself without phrases, else the words its
     * phrases need all present, its negated parts left out (querytree drops them: a phrase after NOT turned
     * into words would refuse articles with the words apart). A query with nothing but negated parts is
     * checked as it is: on the rank vector a negated phrase can only let too many through, which the full
     * vector then refuses.
     */
    static final String QUERY_TABLE = "(SELECT query, phrased, CASE WHEN NOT phrased OR querytree(query) = 'T' THEN query "
            + "ELSE regexp_replace(querytree(query), '<(-|[0-9]+)>', '&', 'g')::tsquery END AS loose "
            + "FROM (SELECT query, query::text ~ '<(-|[0-9]+)>' AS phrased FROM to_tsquery('quotebench', ?) AS query) given) q";

    /**
     * The articles {@code a} with every word {@code q} needs, on the rank vector (every word, its first
     * four positions), by its GIN index.
     */
    static final String MATCH_WORDS = "a.search_rank @@ q.loose";

    /**
     * The articles {@code a} that match {@code q}: on the rank vector (half the size, see migration 006),
     * and a phrase on the full vector, which has every position.
     */
    static final String MATCH = MATCH_WORDS + " AND (NOT q.phrased OR a.search @@ q.query)";

    /** The rank of {@code a} for {@code q}: the title weighs five times the text (bm25(5.0, 1.0) in the file). */
    static final String RANK = "ts_rank('{0.2, 0.2, 0.4, 1.0}', a.search_rank, q.loose)";

    /** The tsquery for an FTS5-style query; a query FTS5 would refuse is refused (QuotebenchException). */
    static String of(String query) {
        return parse(query).tsquery();
    }

    /** The words a query looks for, to mark in snippets: every word and phrase word but those right after NOT. */
    static List<ServerSnippets.Term> terms(String query) {
        return parse(query).terms();
    }

    /** Reads a query once: its tsquery and its terms; refused as {@link #of} says. */
    static Parsed parse(String query) {
        List<String> out = new ArrayList<>();
        List<ServerSnippets.Term> terms = new ArrayList<>();
        boolean negated = false;
        int depth = 0;
        boolean operandBefore = false;
        int i = 0;
        int n = query.length();
        while (i < n) {
            int c = query.codePointAt(i);
            if (Character.isWhitespace(c)) {
                i += Character.charCount(c);
            } else if (c == '"') {
                int close = query.indexOf('"', i + 1);
                while (close >= 0 && close + 1 < n && query.charAt(close + 1) == '"') {
                    close = query.indexOf('"', close + 2); // "" inside a string is one quote
                }
                if (close < 0) {
                    throw invalid(query, "a double quote is not closed");
                }
                List<String> words = words(query.substring(i + 1, close).replace("\"\"", "\""));
                i = close + 1;
                boolean prefix = i < n && query.charAt(i) == '*';
                if (prefix) {
                    i++;
                }
                if (!words.isEmpty()) {
                    refuseAfterGroup(query, out);
                    operandBefore = operand(out, operandBefore, phrase(words, prefix));
                    for (int k = 0; k < words.size() && !negated; k++) {
                        terms.add(new ServerSnippets.Term(ServerSnippets.key(words.get(k)), prefix && k == words.size() - 1));
                    }
                    negated = false;
                }
            } else if (c == '(') {
                if (operandBefore) {
                    // FTS5 joins words and phrases without AND, never a group: "vote (bridge OR ferry)" is refused there
                    throw invalid(query, "a group in parentheses needs AND, OR or NOT before it");
                }
                out.add("(");
                depth++;
                operandBefore = false;
                i++;
            } else if (c == ')') {
                if (depth == 0 || !operandBefore) {
                    throw invalid(query, "a parenthesis does not match");
                }
                out.add(")");
                depth--;
                i++;
            } else if (isWordCharacter(c)) {
                int start = i;
                while (i < n && isWordCharacter(query.codePointAt(i))) {
                    i += Character.charCount(query.codePointAt(i));
                }
                String word = query.substring(start, i);
                boolean prefix = i < n && query.charAt(i) == '*';
                if (prefix) {
                    i++;
                }
                if (!prefix && (word.equals("AND") || word.equals("OR") || word.equals("NOT"))) {
                    if (!operandBefore) {
                        throw invalid(query, word + " needs a word on each side");
                    }
                    out.add(word.equals("AND") ? "&" : word.equals("OR") ? "|" : "& !");
                    negated = word.equals("NOT");
                    operandBefore = false;
                } else {
                    refuseAfterGroup(query, out);
                    operandBefore = operand(out, operandBefore, lexeme(word) + (prefix ? ":*" : ""));
                    if (!negated) {
                        terms.add(new ServerSnippets.Term(ServerSnippets.key(word), prefix));
                    }
                    negated = false;
                }
            } else {
                throw invalid(query, "syntax error near \"" + new String(Character.toChars(c)) + "\"");
            }
        }
        if (depth != 0) {
            throw invalid(query, "a parenthesis is not closed");
        }
        if (!out.isEmpty() && !operandBefore) {
            throw invalid(query, "an operator needs a word after it");
        }
        if (out.isEmpty()) {
            throw invalid(query, "it holds no word to search for");
        }
        return new Parsed(String.join(" ", out), List.copyOf(terms));
    }

    /** A word or phrase right after a group, without AND, OR or NOT between them, as FTS5 refuses it. */
    private static void refuseAfterGroup(String query, List<String> out) {
        if (!out.isEmpty() && out.get(out.size() - 1).equals(")")) {
            throw invalid(query, "a group in parentheses needs AND, OR or NOT after it");
        }
    }

    private static boolean operand(List<String> out, boolean operandBefore, String operand) {
        if (operandBefore) {
            out.add("&");
        }
        out.add(operand);
        return true;
    }

    private static String phrase(List<String> words, boolean prefix) {
        List<String> lexemes = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            lexemes.add(lexeme(words.get(k)) + (prefix && k == words.size() - 1 ? ":*" : ""));
        }
        return lexemes.size() == 1 ? lexemes.get(0) : "(" + String.join(" <-> ", lexemes) + ")";
    }

    /** A word as a quoted tsquery lexeme: a quote doubled, a backslash escaped. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The words of a quoted string, as the tokenizer would split it. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isWordCharacter(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** FTS5's bareword characters: letters, digits, underscore, and anything beyond ASCII. */
    private static boolean isWordCharacter(int c) {
        return c > 0x7f || Character.isLetterOrDigit(c) || c == '_';
    }

    private static QuotebenchException invalid(String query, String why) {
        return new QuotebenchException("The search query \"" + query + "\" is not valid: " + why
                + ". Put words in double quotes to search for them as they are.");
    }
}
