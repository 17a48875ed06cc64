package org.quotebench.suggest;

/**
 * Which characters open and close quotations in the conventions we read (English, German, French,
 * Russian, Japanese, straight ASCII), and whether a mark at a given place can open or close.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** The closing marks that answer an opening mark, or "" when {@code c} never opens. */
    static String closersOf(char c) {
        return switch (c) {
            case '“' -> "”";
            case '„' -> "“”";
            case '«' -> "»";
            case '”' -> "”“"; // a typist's wrong-way opener (”Fear. …”), or Swedish
            case '»' -> "«";
            case '‘' -> "’";
            case '‚' -> "‘’";
            case '‹' -> "›";
            case '›' -> "‹";
            case '「' -> "」";
            case '『' -> "』";
            case '"' -> "\"";
            case '\'' -> "'";
            default -> "";
        };
    }

    /**
     * A closing mark of the other style that a typist's mix may end this quotation with (“…" or
     * "…”), taken only when the paragraph holds no proper closer further on; "" when none.
     */
    static String mixedClosersOf(char opener) {
        return switch (opener) {
            case '“' -> "\"";
            case '"' -> "”";
            default -> "";
        };
    }

    /** Any character that may take part in quoting, for quick rejection. */
    static boolean isMark(char c) {
        return "“”„«»‘’‚‹›「」『』\"'".indexOf(c) >= 0;
    }

    /** Whether the mark at {@code i} can open a quotation here, judged by its neighbours. */
    static boolean canOpen(String text, int i) {
        char c = text.charAt(i);
        if (closersOf(c).isEmpty()) {
            return false;
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return switch (c) {
            // Straight and single marks double as apostrophes, inches and closers: they open only after a
            // space or bracket and before a word.
            case '"' -> !isWordChar(before) && !Character.isWhitespace(after) && after != '"';
            case '\'', '‘', '‚' -> !isWordChar(before) && isWordStart(after);
            // Reversed guillemets (»so«) open only before a word; French « may be followed by a space.
            case '»', '›' -> !isWordChar(before) && isWordStart(after);
            // ” opens only at the start of a paragraph, where it cannot be closing anything
            case '”' -> (i == 0 || before == '\n' || before == ' ' && (i < 2 || text.charAt(i - 2) == '\n'))
                    && Character.isLetter(after);
            default -> !Character.isWhitespace(after) || c == '«' || c == '‹';
        };
    }

    /** Whether the mark at {@code i} can close a quotation opened by {@code opener}. */
    static boolean canClose(String text, int i, char opener) {
        char c = text.charAt(i);
        if (closersOf(opener).indexOf(c) < 0 && mixedClosersOf(opener).indexOf(c) < 0) {
            return false;
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return switch (c) {
            case '"' -> !Character.isWhitespace(before) || !isWordChar(after);
            // An apostrophe inside a word (it’s, Clinton’s) never closes.
            case '\'', '’', '‘' -> !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
            default -> true;
        };
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetterOrDigit(c) || c == '…' || c == '.' || c == '(' || c == '[' || c == '-';
    }
}
