package org.quotebench.suggest;

import java.util.Set;

/**
 * Sentence boundaries good enough for finding attributions: a full stop, question or exclamation
 * mark before a space and a capital, except after common abbreviations and initials; every line
 * break ends a sentence. (icu4j would do better on edge cases but is not needed for a window of
 * a few hundred characters around each quote.)
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr",
            "sr", "gen", "lt", "col", "sgt", "prof", "no", "vs", "ca", "rev", "hon", "capt", "cmdr", "adm", "maj",
            "pres", "supt", "insp", "det", "cpl", "pvt", "mt", "ft", "messrs", "mme", "mlle", "hr", "fr", "bzw",
            "z", "u", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "corp", "co", "approx", "etc");

    private Sentences() {
    }

    /** Whether a sentence starts at {@code p}. */
    static boolean startsAt(String text, int p) {
        if (p <= 0) {
            return true;
        }
        if (p >= text.length()) {
            return false;
        }
        char prev = text.charAt(p - 1);
        if (prev > ' ' && prev < 0x7f) {
            return false; // right after a letter, digit or sign (most places in a text): ruled out at a glance
        }
        if (prev == '\n') {
            return true;
        }
        if (!Tokens.isSpace(prev) || Tokens.isSpace(text.charAt(p))) {
            return false;
        }
        char first = text.charAt(p);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || QuoteMarks.isMark(first) || first == '('
                || first == '—' || first == '–' || first == '¿' || first == '¡')) {
            return false;
        }
        int q = p - 1;
        while (q >= 0 && Tokens.isSpace(text.charAt(q))) {
            if (text.charAt(q) == '\n') {
                return true;
            }
            q--;
        }
        while (q >= 0 && (QuoteMarks.isMark(text.charAt(q)) || text.charAt(q) == ')')) {
            q--;
        }
        if (q < 0) {
            return true;
        }
        char end = text.charAt(q);
        if (end == '!' || end == '?' || end == '…') {
            return true;
        }
        return end == '.' && !abbreviationBefore(text, q);
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int length = dot - s;
        if (length == 0) {
            return false;
        }
        if (length == 1 && Character.isUpperCase(text.charAt(s))) {
            return true; // an initial (J. Smith) or part of U.S.
        }
        return length <= 6 && ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(java.util.Locale.ROOT));
    }
}
