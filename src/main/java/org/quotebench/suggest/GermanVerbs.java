package org.quotebench.suggest;

import java.util.List;
import java.util.Set;

/**
 * German verbs of saying in all their forms (issue 24): a word is one when it begins with one of their
 * stems, directly or after the participle's "ge" ("sagte", "sagten", "gesagt", "erklärte", "erklärt",
 * "entgegnete", "fügte … hinzu", "bezeichnete … als"). Lower-case words only: a capitalised one is a
 * noun ("Sagen", "Erklärung" are not verbs here, and nouns of saying are {@link GermanCues}' job).
 */
final class GermanVerbs {
    private static final List<String> STEMS = List.of("sag", "erklär", "beton", "nannt", "nenn", "bezeichn", "sprach", "sprich",
            "sprech", "wies", "weis", "entgegn", "verkünd", "begründ", "kommentier", "füg", "erläuter", "schrieb", "schreib",
            "schrieben", "meint", "meinte", "warnt", "warnte", "forder", "kritisier", "antwort", "ergänz", "bestätig", "bekräftig",
            "unterstrich", "unterstreich", "versicher", "behaupt", "teilt", "teilte", "hieß", "heißt", "stellt", "zitier", "äußer",
            "bekräftig", "räumt", "bilanzier", "resümier", "appellier", "kündigt", "verwies", "verweis", "beklagt", "klagt",
            "lobt", "mahnt", "ruft", "rief", "fragt", "bestritt", "bestreit", "widersprach", "widersprich", "gestand",
            "gesteh", "argumentier", "schilder", "berichtet", "berichte", "twitter", "postet", "verteidigt", "urteilt", "folgert",
            "präzisier", "charakterisier", "wiederholt", "beteuert", "beschrieb", "beschreib", "titulier", "verurteilt");
    /** Words that look like a stem's forms but are not verbs of saying. */
    private static final Set<String> NOT = Set.of("weise", "weisen", "weiss", "rufe");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("te", "ten", "ter", "tes", "tem");
    /** Separable prefixes before a participle's "ge" ("angekündigt", "mitgeteilt", "hinzugefügt"). */
    private static final List<String> SEPARABLE = List.of("an", "auf", "aus", "ein", "mit", "hin", "zurück", "vor", "fest", "bekannt",
            "klar", "dar");
    /** Particles and adverbs that may stand between a verb and its subject ("sagte dazu Schmidt"). */
    static final Set<String> BETWEEN = Set.of("dazu", "auch", "damals", "jedoch", "allerdings", "zudem", "außerdem", "noch",
            "bereits", "später", "erneut", "gestern", "heute", "dann", "daraufhin", "darauf", "hierzu", "indes", "unterdessen",
            "weiter", "ferner", "schließlich", "nun", "jetzt", "abschließend", "wörtlich", "sogar", "bislang", "einmal", "sich", "ihn",
            "ihm", "es", "uns");

    private GermanVerbs() {
    }

    /** Whether a lower-case word is a form of a German verb of saying. */
    static boolean isSaying(Token t) {
        if (!t.isWord() || t.isCapitalised()) {
            return false;
        }
        String w = t.lower();
        if (NOT.contains(w)) {
            return false;
        }
        String stem = w;
        for (String prefix : SEPARABLE) {
            if (stem.startsWith(prefix) && stem.length() > prefix.length() + 4) {
                stem = stem.substring(prefix.length()); // "angekündigt", "hinzugefügt"
                break;
            }
        }
        if (stem.startsWith("zu") && stem.length() > 6) {
            stem = stem.substring(2);
        }
        if (stem.startsWith("ge") && stem.length() > 5) {
            stem = stem.substring(2);
            if (ADJECTIVE_ENDINGS.stream().anyMatch(stem::endsWith)) {
                return false; // "die so genannte Abgabe", "das gesagte Wort": a participle as an adjective
            }
        }
        for (String s : STEMS) {
            if (w.startsWith(s) || stem.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
