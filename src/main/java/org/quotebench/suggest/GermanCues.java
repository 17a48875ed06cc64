package org.quotebench.suggest;

import java.util.List;
import java.util.Set;

/**
 * How German news reports a short quoted word or phrase as someone's (issue 24): naming it
 * ("nannte sie „pure Stimmungsmache“", "bezeichnete … als", "titulierte", "die Bezeichnung „…“"),
 * speaking of it ("spricht von einer „…“"), or reported speech in the subjunctive ("Das Schicksal des
 * Landes stehe „auf der Kippe“"). None of these words is English, so English text is unaffected.
 */
final class GermanCues {
    /** Forms of nennen, bezeichnen, titulieren, and nouns of naming. */
    private static final Set<String> NAMING = Set.of("nannte", "nannten", "nennt", "nennen", "genannt", "bezeichnete",
            "bezeichneten", "bezeichnet", "bezeichnen", "titulierte", "titulierten", "tituliert", "bezeichnung", "beschrieb",
            "beschrieben", "beschreibt", "kritisierte", "kritisierten", "kritisiert", "verurteilte", "verurteilt", "warf", "warfen",
            "wirft", "vorgeworfen");
    /** Forms of sprechen, before "von"/"vom". */
    private static final Set<String> SPEAKING = Set.of("spricht", "sprach", "sprachen", "sprechen", "gesprochen", "redete", "redet");
    /** Subjunctive forms (Konjunktiv I) that mark reported speech, and phrases that attribute it. */
    static final Set<String> REPORTED = Set.of("sei", "seien", "stehe", "habe", "werde", "könne", "müsse", "solle",
            "wolle", "gebe", "halte", "liege", "gehe", "komme", "bleibe", "fehle", "brauche", "wisse");
    /** Nouns and verbs of statements ("die Aussage", "gab an", "hieß es", "kündigte an"). */
    private static final Set<String> STATEMENTS = Set.of("aussage", "aussagen", "äußerung", "äußerungen", "erklärung",
            "stellungnahme", "worte", "vorwurf", "vorwürfe", "kritik", "warnung", "forderung", "mitteilung", "pressemitteilung",
            "presseerklärung", "gab", "hieß", "heißt", "angekündigt", "kündigte", "bekanntgegeben", "gibt",
            "versicherte", "räumte", "bestätigte", "bekräftigte");

    private GermanCues() {
    }

    /** Whether the words before a quoted phrase (its sentence so far) report it as said. */
    static boolean characterised(List<Token> before) {
        for (int k = 0; k < before.size(); k++) {
            String word = before.get(k).lower();
            if (NAMING.contains(word) || REPORTED.contains(word) || STATEMENTS.contains(word)) {
                return true;
            }
            if ((word.equals("von") || word.equals("vom")) && k > 0 && SPEAKING.contains(before.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Endings of German nouns that introduce a name in quotation marks: outlets, bodies, works, mottos,
     * prizes, events (compounds too: "Naturschutzverein", "Friedenspreis"). Some are English too
     * ("film", "album"): a colon after one introduces words ("said of the film: “…”"). None ends an
     * English word that comes before a quotation ("Lied" would: "replied").
     */
    private static final java.util.List<String> NAMING_NOUNS = java.util.List.of("zeitung", "zeitschrift", "magazin", "sender",
            "agentur", "organisation", "partei", "verein", "verband", "motto", "slogan", "überschrift", "titel", "buch", "film",
            "roman", "album", "sendung", "programm", "preis", "kongress", "konferenz", "festival", "kampagne",
            "initiative", "erstwerk", "werk", "gruppe", "firma", "projekt", "aktion", "wettbewerb");
    /** Nouns that introduce a name after a colon: "Motto: „…“". */
    private static final Set<String> HEADINGS = Set.of("motto", "slogan", "titel", "überschrift", "erstwerk");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "einer", "eines", "einem", "ein",
            "eine");

    /**
     * Whether the quotation marks opening at {@code open} hold a name rather than words someone said:
     * after a noun that introduces one ("die Tageszeitung „…“", "Motto: „…“", "der rechtsgaullistischen
     * Partei „…“"), after "laut" ("laut „Nordwind“"), or after "Gespräch mit der" / "gegenüber dem".
     */
    static boolean namesAWork(String text, int open) {
        int e = skipBack(text, open);
        String word = wordBefore(text, e);
        if (text.substring(e, open).indexOf(':') >= 0 && !HEADINGS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "erklärte der Verband: „…“" introduces words; only "Motto: „…“" and the like name something
        }
        int s = e - word.length();
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (ARTICLES.contains(lower)) {
            String before = wordBefore(text, skipBack(text, s)).toLowerCase(java.util.Locale.ROOT);
            int b = skipBack(text, s) - before.length();
            String earlier = wordBefore(text, skipBack(text, b)).toLowerCase(java.util.Locale.ROOT);
            return before.equals("gegenüber") || before.equals("mit") && (earlier.startsWith("gespräch") || earlier.startsWith("interview"))
                    || endsLikeNamingNoun(before);
        }
        return lower.equals("laut") || endsLikeNamingNoun(lower);
    }

    private static boolean endsLikeNamingNoun(String lower) {
        return lower.length() >= 4 && NAMING_NOUNS.stream().anyMatch(lower::endsWith);
    }

    /** Back over spaces, a colon, a comma or an opening parenthesis from {@code at}. */
    private static int skipBack(String text, int at) {
        int e = at;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || ":,(".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    /** The letters (and hyphens) just before {@code end}. */
    private static String wordBefore(String text, int end) {
        int s = end;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        return text.substring(s, end);
    }
}
