package org.quotebench.suggest;

import java.util.Locale;
import java.util.Set;

/**
 * Quotation marks around the name of a work, not around words someone said: "his radio program
 * “…”", "in her book, “…”", "told CNN’s “…”", a quoted heading on a line of its own.
 */
final class Works {
    /** Nouns that introduce the name of a work, a show or a label ("the song “…”", "the nickname “…”"). */
    private static final Set<String> NOUNS = Set.of("program", "programme", "show", "series", "book", "memoir", "novel",
            "film", "movie", "documentary", "song", "anthem", "album", "hymn", "poem", "play", "musical", "essay",
            "column", "op-ed", "podcast", "segment", "episode", "headline", "nickname", "hashtag", "slogan", "motto",
            "magazine", "newsletter", "newspaper", "blog", "website", "exhibit", "exhibition", "painting");

    /** Words between a quoted name and its noun: "“…” radio program", "“…” talk show". */
    private static final Set<String> MEDIA = Set.of("radio", "tv", "television", "talk", "cable", "news", "web", "reality");

    private Works() {
    }

    /** A work's noun just before the mark, maybe with a comma between: "his 2002 book, “…”". */
    static boolean named(String text, int open) {
        int e = markStart(text, open);
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        return s < e && NOUNS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
    }

    /** A work's noun just after the closing mark: "his “…” radio program", "the “…” show". */
    static boolean namedAfter(String text, int close) {
        int i = close;
        while (i < text.length() && (QuoteMarks.isMark(text.charAt(i)) || text.charAt(i) == ' ')) {
            i++;
        }
        for (int word = 0; word < 2; word++) {
            int s = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            if (NOUNS.contains(w)) {
                return true;
            }
            if (!MEDIA.contains(w) || i >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }

    /** A possessive just before the mark: "on CNN’s “…”", "Mr. King's show" is {@link #named}. */
    static boolean afterPossessive(String text, int open) {
        int start = markStart(text, open);
        int e = start;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e < 3 || Character.toLowerCase(text.charAt(e - 1)) != 's') {
            return false;
        }
        char apostrophe = text.charAt(e - 2);
        return (apostrophe == '\'' || apostrophe == '’') && Character.isLetterOrDigit(text.charAt(e - 3)) && e < start;
    }

    /** Where a mark written as two characters (''…'') begins. */
    private static int markStart(String text, int open) {
        int s = open;
        while (s > 0 && text.charAt(s - 1) == text.charAt(open) && open - s < 2) {
            s--;
        }
        return s;
    }

    /** The quotation is all its line holds, but for punctuation: a heading. */
    static boolean heading(String text, int open, int close) {
        for (int i = open - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i)) && !QuoteMarks.isMark(text.charAt(i))) {
                return false;
            }
        }
        for (int i = close; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
