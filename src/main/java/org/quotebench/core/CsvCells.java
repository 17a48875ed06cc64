package org.quotebench.core;

import java.util.List;

/**
 * How a cell of the CSV files Quotebench writes is spelled: RFC 4180 quoting always, and, unless
 * {@link #RAW}, a text cell that a spreadsheet would read as a formula neutralised as OWASP recommends
 * (a leading {@code '}). Quote text, titles and names come from web pages anyone can write, so a
 * cell such as {@code =HYPERLINK(...)} must not run when the file is opened.
 *
 * <p>Numbers (ids, offsets, counts) are written by {@link #number}, never neutralised: Quotebench
 * makes them from integers, so they cannot hold a formula, and a {@code '} would turn them into text
 * that no longer sorts or sums.
 */
public enum CsvCells {
    /** Text cells starting with {@code = + - @}, a tab or a carriage return get a leading {@code '}. */
    NEUTRALISED,
    /** Text cells exactly as they are (only quoted), for programs that read the CSV as data. */
    RAW;

    /** A text cell, neutralised unless raw, then quoted when it holds a comma, a quotation mark or a line break. */
    public String text(String value) {
        String cell = this == NEUTRALISED && startsLikeAFormula(value) ? "'" + value : value;
        return needsQuotes(cell) ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** A number cell: as it is, in either mode. */
    public static String number(long value) {
        return Long.toString(value);
    }

    /** Cells already spelled by {@link #text} or {@link #number}, as one line ending in CR LF. */
    public static String row(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
