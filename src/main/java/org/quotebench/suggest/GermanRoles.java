package org.quotebench.suggest;

import java.util.List;
import java.util.Set;

/**
 * German role nouns, which German capitalises like names (issue 24): "Bürgermeisterin Anna Weber",
 * "Gewerkschaftssekretär Yusuf Demir". A word is a role when it is one of these nouns, or a compound
 * ending in one ("Technikvorstand", "Elternsprecher"); a short word that merely ends like one
 * ("Murat") is not.
 */
final class GermanRoles {
    private static final List<String> ENDINGS = List.of("sprecher", "sprecherin", "sekretär", "sekretärin", "chef", "chefin",
            "meister", "meisterin", "vorsitzende", "vorsitzender", "präsident", "präsidentin", "minister", "ministerin",
            "direktor", "direktorin", "leiter", "leiterin", "anwalt", "anwältin", "rat", "rätin", "vorstand", "arzt", "ärztin",
            "richter", "richterin", "kanzler", "kanzlerin", "pendler", "pendlerin", "abgeordnete", "abgeordneter", "beauftragte",
            "beauftragter", "experte", "expertin", "trainer", "trainerin", "botschafter", "botschafterin", "kommissar",
            "kommissarin", "professor", "professorin", "forscher", "forscherin", "sprecherin", "führer", "führerin", "funktionär",
            "funktionärin", "politiker", "politikerin", "vertreter", "vertreterin", "mitglied", "bischof", "pfarrer", "pfarrerin",
            "landrat", "landrätin", "geschäftsführer", "geschäftsführerin", "chefärztin", "chefarzt");
    private static final Set<String> WHOLE = Set.of("anwalt", "anwältin", "richter", "richterin", "minister", "ministerin",
            "kanzler", "kanzlerin", "präsident", "präsidentin", "bischof", "pfarrer", "pfarrerin", "professor", "professorin",
            "pendler", "pendlerin", "sprecher", "sprecherin", "trainer", "trainerin", "experte", "expertin", "politiker",
            "politikerin", "landrat", "landrätin", "bürgermeister", "bürgermeisterin");

    private GermanRoles() {
    }

    /** Whether a word (lower case) is a German role noun or a compound ending in one. */
    static boolean isRole(String lower) {
        if (WHOLE.contains(lower)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && (lower.length() > ending.length() + 2 || lower.length() == ending.length() && ending.length() > 5)) {
                return true;
            }
        }
        return false;
    }

    /** A German genitive before a role: "Kellers" (Anwalt), "Merkels" (Sprecher). */
    static boolean isGenitive(String word) {
        return word.length() > 3 && word.endsWith("s") && Character.isUpperCase(word.codePointAt(0)) && word.indexOf('\'') < 0
                && word.indexOf('’') < 0;
    }
}
