package org.quotebench.suggest;

import java.util.List;
import java.util.Set;

/**
 * How German news reports a short quoted word or phrase as someone's (issue 24): naming it
 * ("nannte sie „reine Spekulation“", "bezeichnete … als", "titulierte", "die Bezeichnung „…“"),
 * speaking of it ("spricht von einer „…“"), or reported speech in the subjunctive ("Das Schicksal des
 * Landes stehe „auf Messers Schneide“"). None of these words is English, so English text is unaffected.
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
    private static final Set<String> REPORTED = Set.of("sei", "seien", "stehe", "habe", "werde", "könne", "müsse", "solle",
            "wolle", "gebe", "halte", "liege", "gehe", "komme", "bleibe", "fehle", "brauche", "wisse");
    /** Nouns and verbs of statements ("die Aussage", "gab an", "hieß es", "kündigte an"). */
    private static final Set<String> STATEMENTS = Set.of("aussage", "aussagen", "äußerung", "äußerungen", "erklärung",
            "stellungnahme", "worte", "vorwurf", "vorwürfe", "kritik", "warnung", "forderung", "mitteilung", "pressemitteilung",
            "presseerklärung", "interview", "gab", "hieß", "heißt", "angekündigt", "kündigte", "bekanntgegeben", "gibt",
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
}
