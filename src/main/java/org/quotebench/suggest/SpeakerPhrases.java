package org.quotebench.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.Span;

/**
 * Reads the speaker phrase next to a cue word: the subject before it ("Kremlin spokesman Dmitry
 * Peskov said", "Peskov, the Kremlin spokesman, said") or after it ("said Peskov", "according to the
 * ministry"), and splits a title off the name as the role.
 */
final class SpeakerPhrases {
    static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("who", "which", "that", "on", "in", "at", "to", "as",
            "by", "for", "with", "from");
    static final int MAX_PHRASE = 10;

    private SpeakerPhrases() {
    }

    /**
     * "Gingrich cynically dismissed": an adverb in -ly right after a name or a pronoun, which the
     * subject goes on before ("the family said" keeps its noun).
     */
    private static boolean adverbAfterName(List<Token> tokens, int j) {
        if (!tokens.get(j).in(Word.ADVERB) || j == 0) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return before.isWord() && (before.isCapitalised() || Set.of("he", "she", "they", "we", "i").contains(before.lower()));
    }

    /** The subject ending just before the cue at {@code cue}, skipping auxiliaries ("has also said"). */
    static Optional<Mention> before(String text, List<Token> tokens, int cue) {
        int j = cue - 1;
        while (j >= 0 && tokens.get(j).isWord() && !tokens.get(j).isCapitalised()
                && (tokens.get(j).in(Lexical.AUXILIARY) || adverbAfterName(tokens, j))) {
            j--;
        }
        if (j >= 0 && tokens.get(j).is(")")) {
            // "Rep. Dana Holt (D-Ore.) said": the party and state in brackets are not the name
            int open = j - 1;
            while (open >= 0 && j - open < 8 && !tokens.get(open).is("(")) {
                open--;
            }
            if (open >= 0 && tokens.get(open).is("(")) {
                j = open - 1;
            }
        }
        if (j < 0) {
            return Optional.empty();
        }
        Optional<Mention> pronoun = pronoun(tokens.get(j));
        if (pronoun.isPresent()) {
            return pronoun;
        }
        if (tokens.get(j).is(",")) {
            return appositive(text, tokens, j);
        }
        int head = j;
        int a = extendToDeterminer(tokens, phraseStartBefore(tokens, head));
        return analyse(text, tokens, a, head).or(() -> LooseSubjects.modifiedNoun(text, tokens, head))
                .or(() -> LooseSubjects.determinedNoun(text, tokens, head));
    }

    /** "the roads agency", "the festival's organisers": lower-case words between a determiner and the phrase. */
    static int extendToDeterminer(List<Token> tokens, int a) {
        for (int d = a - 1; d >= 0 && a - d <= 2; d--) {
            Token t = tokens.get(d);
            if (!t.isWord() || t.in(Lexical.LISTED_CUE) || t.in(Lexical.AUXILIARY)
                    && !isDeterminer(t)) {
                return a;
            }
            if (isDeterminer(t)) {
                return d;
            }
            if (t.isCapitalised() && !(t.lower().endsWith("’s") || t.lower().endsWith("'s"))) {
                return a;
            }
        }
        return a;
    }


    /** Words that open a relative clause about the name before it. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "whose", "which", "whom");

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms",
            "herr", "frau", "monsieur", "madame", "mme", "sir", "dame", "miss");


    /** "Peskov, the Kremlin spokesman, said" and "Smith, 45, said": the name before the aside. */
    private static Optional<Mention> appositive(String text, List<Token> tokens, int comma) {
        int j = comma - 1;
        if (j < 0) {
            return Optional.empty();
        }
        int k = j;
        while (k >= 0 && comma - k <= 16 && !tokens.get(k).is(",") && !isQuoteMark(tokens.get(k))) {
            k--;
        }
        if (k >= 1 && tokens.get(k).is(",") && k < j) {
            Optional<Mention> named = before(text, tokens.subList(0, k), k);
            if (named.isPresent() && (named.get().type() == SpeakerType.PERSON
                    || named.get().type() == SpeakerType.ORGANISATION)) {
                int asideStart = k + 1;
                Token first = tokens.get(asideStart);
                while (asideStart < j && isDeterminer(tokens.get(asideStart))) {
                    asideStart++;
                }
                if (PARTY_TAG.matcher(text.substring(tokens.get(k + 1).start(), tokens.get(j).end())).matches()) {
                    return named; // "Tom Varga, R-Ida., said": the party and state are no role
                }
                if (RELATIVES.contains(first.lower())) {
                    return named; // "Ines Varga, who chairs the board, said": the board does not speak
                }
                boolean roleLike = isDeterminer(first) || Character.isDigit(first.text().charAt(0))
                        || first.in(Lexical.LISTED_TITLE | Lexical.SPEAKER_ADJECTIVE);
                if (roleLike) {
                    String aside = text.substring(tokens.get(asideStart).start(), tokens.get(j).end());
                    boolean age = aside.chars().allMatch(Character::isDigit);
                    return Optional.of(named.get().withRole(age ? named.get().role() : Optional.of(aside)));
                }
            }
        }
        int asideStart = phraseStartBefore(tokens, j);
        return analyse(text, tokens, asideStart, j);
    }

    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]*\\.?");

    /** "R-Ky", "D-Mass.": a US politician's party and state. */
    static boolean isPartyTag(String s) {
        return PARTY_TAG.matcher(s).matches();
    }

    private static boolean isQuoteMark(Token t) {
        return t.text().length() == 1 && QuoteMarks.isMark(t.text().charAt(0));
    }

    static int phraseStartBefore(List<Token> tokens, int end) {
        int a = end;
        while (a - 1 >= 0 && end - a + 1 < MAX_PHRASE) {
            if (allowed(tokens.get(a - 1))) {
                a--;
            } else if (a - 2 >= 0 && tokens.get(a - 1).lower().equals("to") && tokens.get(a - 2).lower().equals("close")) {
                a -= 2; // "a source close to the actor"
            } else {
                break;
            }
        }
        return a;
    }

    static Optional<Mention> pronoun(Token token) {
        String lower = token.lower();
        int apostrophe = Math.max(lower.indexOf('’'), lower.indexOf('\''));
        if (apostrophe > 0) {
            lower = lower.substring(0, apostrophe); // he’s, she’d, they’ve
        } else if (!lower.startsWith("a-t-") && !token.in(Lexical.PERSON_PRONOUN | Lexical.GROUP_PRONOUN)) {
            return Optional.empty(); // the word as it stands, whose lists (the same sets) hold no pronoun: most words
        }
        Span span = new Span(token.start(), token.end());
        if (lower.startsWith("a-t-") && Lexicon.PERSON_PRONOUNS.contains(lower.substring(4))) {
            // French inversion: "« … », a-t-il ajouté" speaks for il
            return Optional.of(new Mention(span, lower.substring(4), Optional.empty(), SpeakerType.PERSON_PRONOUN));
        }
        if (Lexicon.PERSON_PRONOUNS.contains(lower)) {
            return Optional.of(new Mention(span, token.text(), Optional.empty(), SpeakerType.PERSON_PRONOUN));
        }
        if (Lexicon.GROUP_PRONOUNS.contains(lower)) {
            return Optional.of(new Mention(span, token.text(), Optional.empty(), SpeakerType.GROUP_PRONOUN));
        }
        return Optional.empty();
    }

    static boolean allowed(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalised()) {
            String lower = t.lower();
            return !t.in(Lexical.NOT_NAME) || lower.equals("the") || lower.equals("a") || lower.equals("an");
        }
        return t.in(Lexical.CONNECTOR | Lexical.SPEAKER_ADJECTIVE | Lexical.SPEAKER_NOUN | Lexical.TITLE);
    }

    static boolean isConnector(Token t) {
        return !t.isCapitalised() && t.in(Lexical.CONNECTOR);
    }

    static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised()
                && !t.in(Lexical.TITLE | Lexical.NOT_NAME | Lexical.LISTED_CUE | Lexical.SPEAKER_NOUN);
    }

    private static final String[] TITLE_ENDINGS = {"minister", "ministerin", "führer", "führerin", "sprecher",
        "sprecherin", "chef", "chefin", "präsident", "präsidentin", "kanzler", "kanzlerin", "vorsitzende",
        "vorsitzender", "direktor", "direktorin", "leiter", "leiterin"};

    /** A title word, including German compounds such as Finanzministerin or Oppositionsführer. */
    static boolean isTitle(String lower) {
        if (Lexicon.TITLES.contains(lower)) {
            return true;
        }
        for (String ending : TITLE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    static final java.util.Set<String> FOREIGN_DETERMINERS = java.util.Set.of("the", "a", "an", "one", "le",
            "la", "les", "l", "un", "une", "der", "die", "das", "den", "dem", "ein", "eine", "einer");

    static boolean isDeterminer(Token t) {
        return t.in(Lexical.FOREIGN_DETERMINER);
    }

    /** Splits tokens [a, b] into role and name and decides what kind of speaker they name. */
    static Optional<Mention> analyse(String text, List<Token> tokens, int a, int b) {
        while (a <= b && isConnector(tokens.get(a)) && !isDeterminer(tokens.get(a))) {
            a++;
        }
        if (a > b) {
            return Optional.empty();
        }
        int k = b;
        while (k >= a && (isNameWord(tokens.get(k))
                || k < b && k > a && isConnector(tokens.get(k)) && isNameWord(tokens.get(k - 1)) && !isDeterminer(tokens.get(k)))) {
            k--;
        }
        int nameStart = k + 1;
        // "Secretary of State Antony Blinken": the words after a title's "of" name the office, not the
        // person, who is the last two words (one, when only two follow the "of").
        if (nameStart - 2 >= a && tokens.get(nameStart - 1).lower().equals("of") && isTitle(tokens.get(nameStart - 2).lower())
                && b - nameStart >= 1) {
            nameStart = b - nameStart >= 2 ? b - 1 : b;
        }
        // "Gewerkschaftssekretär Yusuf Demir", "Kellers Anwalt Markus Roth": German capitalises the role
        // nouns before a name; they are its role, not part of it (two name words stay)
        while (nameStart + 2 <= b && (GermanRoles.isRole(tokens.get(nameStart).lower())
                || GermanRoles.isGenitive(tokens.get(nameStart).text()) && nameStart + 3 <= b
                && GermanRoles.isRole(tokens.get(nameStart + 1).lower()))) {
            nameStart += GermanRoles.isRole(tokens.get(nameStart).lower()) ? 1 : 2;
        }
        Token last = tokens.get(b);
        String lastLower = last.lower();
        if (nameStart <= b - 1 && tokens.get(b).inCapitals() && tokens.get(b - 1).inCapitals()) {
            return Optional.empty(); // "CONGRESS HAS INVESTIGATED HIM": a heading, not a name
        }
        if (nameStart <= b) {
            Span span = new Span(tokens.get(nameStart).start(), last.end());
            String name = text.substring(span.start(), span.end());
            boolean organisation = Lexicon.ORGANISATION_HEADS.contains(lastLower)
                    || last.text().length() >= 2 && Token.allUpperCase(last.text())
                    || containsHead(tokens, nameStart, b);
            if (organisation) {
                int s = nameStart;
                return Optional.of(new Mention(span, name, Optional.empty(), SpeakerType.ORGANISATION));
            }
            Optional<String> role = Optional.empty();
            int roleStart = a;
            while (roleStart < nameStart && isDeterminer(tokens.get(roleStart))) {
                roleStart++;
            }
            int roleEnd = nameStart - 1;
            while (roleEnd >= roleStart && (isConnector(tokens.get(roleEnd)) || HONORIFICS.contains(tokens.get(roleEnd).lower()))) {
                roleEnd--; // "Mr." and a dangling "of" are no role
            }
            if (roleStart <= roleEnd) {
                role = Optional.of(text.substring(tokens.get(roleStart).start(), tokens.get(roleEnd).end()));
            }
            return Optional.of(new Mention(span, name, role, SpeakerType.PERSON));
        }
        if (!Lexicon.SPEAKER_NOUNS.contains(lastLower) && !Lexicon.TITLES.contains(lastLower)) {
            return Optional.empty();
        }
        // "the Foreign Ministry": a capitalised organisation word heads a named organisation
        SpeakerType type = last.isCapitalised() && Lexicon.ORGANISATION_HEADS.contains(lastLower)
                ? SpeakerType.ORGANISATION : SpeakerType.UNNAMED;
        int s = a;
        while (s < b && isDeterminer(tokens.get(s))) {
            s++;
        }
        Span span = new Span(tokens.get(s).start(), last.end());
        return Optional.of(new Mention(span, text.substring(span.start(), span.end()), Optional.empty(), type));
    }

    private static boolean containsHead(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            String lower = tokens.get(i).lower();
            if (tokens.get(i).in(Lexical.ORGANISATION_HEAD) && !lower.equals("house") && !lower.equals("post")) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
