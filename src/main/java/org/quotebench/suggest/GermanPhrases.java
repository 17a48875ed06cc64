package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * German noun phrases that may name a speaker (issue 24), read by their grammar rather than by capital
 * letters, since German capitalises every noun: a pronoun ("er"), a name with its roles ("VW-Chef
 * Winterkorn", "Museumsdirektorin Eva Lenz"), or an article, adjectives and a noun with genitives and
 * an apposition ("der Vorsitzende des Stadtrats, Jonas Wirth (SPD)", "einer Mitteilung des Amtes").
 * Each phrase says how surely it is a subject: "er", a name or a "der/ein" phrase surely; "sie" or a
 * "die/das/eine" phrase perhaps (it may be an object); a dative or genitive phrase ("dem Sender") not.
 */
final class GermanPhrases {
    /** What a phrase is made of. */
    enum Kind { PRONOUN, NAME, DETERMINED }

    /** How surely a phrase is the subject of its clause. */
    static final int NOT = 0;
    static final int PERHAPS = 1;
    static final int SURELY = 2;

    /** Tokens [from, to) of a phrase; {@code head} its noun; {@code name} the index of the first name word in it, or -1. */
    record Phrase(int from, int to, Kind kind, int subject, int head, int name) {
    }

    private static final Set<String> SURE_ARTICLES = Set.of("der", "ein", "dieser", "jener", "kein", "sein", "ihr", "unser");
    private static final Set<String> MAYBE_ARTICLES = Set.of("die", "das", "eine", "diese", "dieses", "keine");
    private static final Set<String> OBLIQUE_ARTICLES = Set.of("den", "dem", "des", "einem", "einer", "eines", "einen", "diesem",
            "diesen", "seine", "seiner", "seinem", "seinen", "seines", "ihre", "ihrer", "ihrem", "ihren", "ihres", "dessen", "deren");
    /** Words capitalised at a clause's start that never begin a speaker phrase. */
    private static final Set<String> NOT_PHRASES = Set.of("in", "an", "auf", "für", "mit", "von", "aus", "über", "unter", "vor", "bei",
            "nach", "seit", "zu", "um", "als", "und", "oder", "aber", "doch", "so", "wie", "wenn", "weil", "dass", "da", "ob", "es",
            "man", "wir", "ich", "sich", "hier", "dort", "dann", "nun", "auch", "noch", "nicht", "nur", "schon", "bis", "durch",
            "gegen", "ohne", "im", "am", "zum", "zur", "vom", "beim", "ins", "laut", "zufolge", "was", "wer", "wo", "warum", "daran",
            "dafür", "dagegen", "darüber", "davon", "denen", "deren", "dessen", "welche", "welcher", "alle", "viele", "einige");
    /** Endings of German nouns for things and acts, never of a name ("Anwendung", "Freiheit", "Politik"). */
    private static final List<String> THING_ENDINGS = List.of("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität",
            "ismus", "nis", "nisse", "tum", "politik", "gebiet", "ansprache", "gespräch", "interview", "bericht", "sitzung");

    private static final Set<String> ACADEMIC = Set.of("dr.", "prof.", "dr", "prof", "dipl.-ing.");

    private GermanPhrases() {
    }

    /** The phrase that starts at token {@code i} and ends before {@code limit}, if one does. */
    static Optional<Phrase> at(List<Token> ts, int i, int limit) {
        if (i >= limit || !ts.get(i).isWord()) {
            return Optional.empty();
        }
        Token t = ts.get(i);
        String lower = t.lower();
        if (lower.equals("er")) {
            return Optional.of(new Phrase(i, i + 1, Kind.PRONOUN, SURELY, i, -1));
        }
        if (lower.equals("sie")) {
            return Optional.of(new Phrase(i, i + 1, Kind.PRONOUN, PERHAPS, i, -1));
        }
        boolean sure = SURE_ARTICLES.contains(lower);
        boolean maybe = MAYBE_ARTICLES.contains(lower);
        if (sure || maybe || OBLIQUE_ARTICLES.contains(lower)) {
            return determined(ts, i, limit, sure ? SURELY : maybe ? PERHAPS : NOT);
        }
        if (isNameWord(t) && !NOT_PHRASES.contains(lower) && !Lexicon.NOT_NAMES.contains(lower)) {
            int j = i;
            while (j < limit && j - i < 5 && isNameWord(ts.get(j)) && !NOT_PHRASES.contains(ts.get(j).lower())) {
                j++;
            }
            if (j - i == 1 && isThing(lower)) {
                return Optional.empty();
            }
            return Optional.of(new Phrase(i, j, Kind.NAME, SURELY, j - 1, firstName(ts, i, j)));
        }
        return Optional.empty();
    }

    /** An article, adjectives, a noun and the names after it; then genitives and an apposition. */
    private static Optional<Phrase> determined(List<Token> ts, int i, int limit, int subject) {
        int j = i + 1;
        int adjectives = 0;
        while (j < limit && adjectives < 3 && isAdjective(ts.get(j))) {
            if (subject == SURELY && ts.get(j).lower().endsWith("en") && ts.get(i).lower().equals("der")) {
                subject = NOT; // "der englischen Zeitung": dative or genitive, never a subject
            }
            j++;
            adjectives++;
        }
        if (j >= limit || !isNounWord(ts.get(j))) {
            return Optional.empty();
        }
        int head = j;
        if (subject == SURELY && ts.get(i).lower().equals("der") && (isFeminine(ts.get(head).lower())
                || head + 1 < limit && isNounWord(ts.get(head + 1)) && !ts.get(head).inCapitals()
                        && (ts.get(head).lower().endsWith("en") || ts.get(head).lower().endsWith("er") && isFeminine(ts.get(head + 1).lower())))) {
            // "der Zeitung", "der Lindenauer Zeitung", "der Süddeutschen Zeitung": a feminine noun (or an adjective in -en)
            // after "der" is dative or genitive; "der AK Datenschutz" is not
            subject = NOT;
        }
        j++;
        while (j < limit && j - head < 4 && isNameWord(ts.get(j)) && !NOT_PHRASES.contains(ts.get(j).lower())) {
            j++; // "der Vorsitzende Jonas Wirth", "der AK Datenschutz"
        }
        int name = j > head + 1 ? firstName(ts, head + 1, j) : -1;
        for (int genitives = 0; genitives < 2 && j + 1 < limit; genitives++) {
            String g = ts.get(j).lower();
            if (!g.equals("des") && !g.equals("der") && !g.equals("eines") && !g.equals("einer")) {
                break;
            }
            int k = j + 1;
            while (k < limit && isAdjective(ts.get(k))) {
                k++;
            }
            if (k >= limit || !isNounWord(ts.get(k))) {
                break;
            }
            j = k + 1;
            while (j < limit && isNameWord(ts.get(j)) && !NOT_PHRASES.contains(ts.get(j).lower()) && j - k < 4) {
                j++;
            }
        }
        // "der Vorsitzende des Ausschusses, Jonas Wirth (SPD),": the person named beside the role
        if (name < 0 && j + 1 < limit && ts.get(j).is(",") && GermanRoles.isRole(ts.get(head).lower())) {
            int k = j + 1;
            while (k < limit && isNameWord(ts.get(k)) && !NOT_PHRASES.contains(ts.get(k).lower()) && k - j <= 4) {
                k++;
            }
            if (k > j + 1 && (k >= limit || ts.get(k).is(",") || ts.get(k).is("(") || ts.get(k).is(":"))) {
                name = j + 1;
                j = k;
                if (j + 2 < limit && ts.get(j).is("(") && ts.get(j + 2).is(")")) {
                    j += 3;
                }
            }
        }
        return Optional.of(new Phrase(i, j, Kind.DETERMINED, subject, head, name));
    }

    /** Whether a lower-case word is an article or a possessive ("der", "einer", "ihre"). */
    static boolean isDeterminer(String lower) {
        return SURE_ARTICLES.contains(lower) || MAYBE_ARTICLES.contains(lower) || OBLIQUE_ARTICLES.contains(lower);
    }

    /** A lower-case adjective or participle between an article and its noun ("brasilianische", "späteren"). */
    static boolean isAdjective(Token t) {
        String w = t.lower();
        String text = t.text();
        int dash = text.indexOf('-');
        boolean numbered = Character.isDigit(text.charAt(0)) && dash > 0 && dash + 1 < text.length()
                && Character.isLowerCase(text.charAt(text.length() - 1)) && !Character.isUpperCase(text.charAt(dash + 1)); // "56-jährige"
        return t.isWord() && !t.isCapitalised() && (Character.isLetter(w.charAt(0)) || numbered) && w.length() > 3
                && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em"))
                && !NOT_PHRASES.contains(w);
    }

    /** A noun: capitalised, or a compound after a number ("58-Jährige"). */
    static boolean isNounWord(Token t) {
        return t.isWord() && (t.isCapitalised() || t.text().indexOf('-') > 0 && Character.isUpperCase(t.text().charAt(t.text().indexOf('-') + 1)));
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised();
    }

    /** Endings of feminine nouns ("Zeitung", "Partei", "Ministerin"), after which "der" is no subject's article. */
    private static final List<String> FEMININE = List.of("ung", "heit", "keit", "schaft", "tion", "sion", "ität", "erin", "entin",
            "ei", "ik", "ur", "enz", "anz", "sicht");

    static boolean isFeminine(String lower) {
        return endsInOne(lower, FEMININE, 2);
    }

    /**
     * Whether a capitalised word that starts a sentence is a name rather than an adverb or a noun
     * ("Weber sagte" but "Unterdessen sagte", "Ähnlich äußerte"): German writes a name capitalised in
     * the middle of a sentence too, which an adverb never is.
     */
    static boolean seenInsideASentence(String text, Token word) {
        String w = word.text();
        int from = 0;
        while (true) {
            int at = text.indexOf(w, from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
            int end = at + w.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (!whole || at == word.start()) {
                continue;
            }
            int p = at - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            if (p >= 0 && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == ',')) {
                return true;
            }
        }
    }

    /** Whether a single capitalised word is a noun for a thing or an act ("Anwendung", "Europapolitik"). */
    static boolean isThing(String lower) {
        return endsInOne(lower, THING_ENDINGS, 1);
    }

    /** Whether a word ends in one of {@code endings} with more than {@code before} letters before it (a compound). */
    private static boolean endsInOne(String lower, List<String> endings, int before) {
        for (String ending : endings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + before) {
                return true;
            }
        }
        return false;
    }

    /** The first word in [from, to) after the roles that begin it ("VW-Chef Winterkorn": Winterkorn), or -1. */
    private static int firstName(List<Token> ts, int from, int to) {
        int k = from;
        while (k < to && (GermanRoles.isRole(ts.get(k).lower()) || ACADEMIC.contains(ts.get(k).lower())
                || k + 1 < to && GermanRoles.isRole(ts.get(k + 1).lower())
                        && (GermanRoles.isGenitive(ts.get(k).text()) || !ts.get(k).inCapitals() && ts.get(k).lower().endsWith("e")))) {
            k++; // "Chinesische Politiker", "Kellers Anwalt": an adjective or a genitive before a role is part of the role
        }
        return k < to ? k : -1;
    }
}
