package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full names of people an article mentions (two or more capitalised words, titles stripped),
 * so that "Peskov" can be read as the "Dmitry Peskov" named earlier. Built in one pass.
 */
final class NameBook {
    private record Entry(int position, String fullName) {
    }

    private final Map<String, List<Entry>> bySurname = new HashMap<>();
    private final Map<String, List<Entry>> byFirstName = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private final Map<String, String> roles = new HashMap<>();
    /** Genders that a title before a name gave ("Mrs. Lund", "actress Ana Ruiz"), by full name. */
    private final Map<String, Character> genders = new HashMap<>();
    /** The full names titled surnames stand for ("Mr. Lund"), and the surnames' places, in text order. */
    private final List<Entry> titledNames = new ArrayList<>();
    /** Names (resolved to full names) that open a sentence: the likeliest antecedents of he and she. */
    private final List<Entry> subjects = new ArrayList<>();
    /**
     * How often each capitalised word (possessive stripped) occurs, who the article is about, and 1 after it
     * when the article names someone in full by it, read once the book is ({@link #mentionsAndKnows}).
     */
    private final Map<String, int[]> counts = new HashMap<>();
    /** Genders already worked out, by full name: the book does not change once read, and pronouns ask often. */
    private final Map<String, Character> genderMemo = new java.util.concurrent.ConcurrentHashMap<>(); // asked from RankingAhead's threads too
    private boolean read;

    private NameBook() {
    }

    static NameBook of(String text) {
        return of(text, TextTokens.of(text));
    }

    static NameBook of(String text, TextTokens tokens) {
        NameBook book = new NameBook();
        for (List<Token> line : tokens.lines()) {
            book.read(text, tokens.sentences(), line);
        }
        for (Map.Entry<String, int[]> word : book.counts.entrySet()) {
            word.getValue()[1] = book.named(word.getKey()) ? 1 : 0;
        }
        book.read = true;
        return book;
    }

    private void read(String text, SentenceStarts sentences, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && t.isCapitalised()) {
                counts.computeIfAbsent(stripPossessive(t.text()), k -> new int[2])[0]++;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && (isNameWord(tokens.get(j + 1))
                    || j + 2 < tokens.size() && isParticle(tokens.get(j + 1)) && isNameWord(tokens.get(j + 2)))) {
                j++;
            }
            // "Fraktionschef Tom Hale", "Kellers Anwalt Markus Roth": German role nouns before a name are not the name
            while (i + 2 <= j && (GermanRoles.isRole(tokens.get(i).lower())
                    || i + 3 <= j && GermanRoles.isGenitive(tokens.get(i).text()) && GermanRoles.isRole(tokens.get(i + 1).lower()))) {
                i += GermanRoles.isRole(tokens.get(i).lower()) ? 1 : 2;
            }
            String last = surname(tokens.get(j).text());
            boolean organisation = Lexicon.ORGANISATION_HEADS.contains(last.toLowerCase(java.util.Locale.ROOT));
            boolean possessive = !last.equals(tokens.get(j).text());
            if (j > i && j - i < 4 && !organisation) {
                String full = stripPossessive(text.substring(tokens.get(i).start(), tokens.get(j).end()));
                Entry entry = new Entry(tokens.get(i).start(), full);
                bySurname.computeIfAbsent(last, k -> new ArrayList<>()).add(entry);
                roleBefore(text, tokens, i).ifPresent(r -> roles.putIfAbsent(full, r));
                byFirstName.computeIfAbsent(tokens.get(i).text(), k -> new ArrayList<>()).add(entry);
                all.add(entry);
            }
            char titled = i > 0 ? Genders.ofWord(tokens.get(i - 1).lower()) : Genders.UNKNOWN;
            if (titled != Genders.UNKNOWN && !organisation && j - i < 4) {
                String name = stripPossessive(text.substring(tokens.get(i).start(), tokens.get(j).end()));
                String full = j == i ? titledFullName(name, titled, tokens.get(i).start()) : name;
                titledNames.add(new Entry(tokens.get(i).start(), full)); // places only grow: i does
                genders.putIfAbsent(full, titled);
            }
            if (!organisation && !possessive && j - i < 4 && opensSentence(sentences, tokens, i)) {
                String name = text.substring(tokens.get(i).start(), tokens.get(j).end());
                String full = fullName(name, tokens.get(i).start());
                if (j > i || !full.equals(name)) {
                    // a lone capitalised word opening a sentence ("Once", "Libertarian") is a name only when known
                    subjects.add(new Entry(tokens.get(i).start(), full));
                }
            }
            i = j + 1;
        }
    }

    /** "Kremlin spokesman Dmitry Peskov": the title words right before a name. */
    private static Optional<String> roleBefore(String text, List<Token> tokens, int i) {
        int k = i - 1;
        boolean title = false;
        while (k >= 0 && i - k <= 5 && tokens.get(k).isWord()) {
            Token t = tokens.get(k);
            boolean isTitle = t.in(Lexical.TITLE);
            if (!(isTitle || t.in(Lexical.SPEAKER_NOUN | Lexical.SPEAKER_ADJECTIVE) || t.isCapitalised() && !t.in(Lexical.NOT_NAME))) {
                break;
            }
            title |= isTitle;
            k--;
        }
        if (!title || k == i - 1) {
            return Optional.empty();
        }
        return Optional.of(text.substring(tokens.get(k + 1).start(), tokens.get(i - 1).end()));
    }

    /** "Mr. Lund" after both Ana and Per Lund: the latest Lund before it who may be a man. */
    private String titledFullName(String surname, char gender, int position) {
        List<Entry> entries = bySurname.get(surname);
        if (entries == null) {
            return fullName(surname, position);
        }
        for (int k = countBefore(entries, position) - 1; k >= 0; k--) {
            if (Genders.compatible(gender, genderOf(entries.get(k).fullName()))) {
                return entries.get(k).fullName();
            }
        }
        return fullName(surname, position);
    }

    /** A person's gender as far as the article shows it: a title before the name, the role, the first name. */
    char genderOf(String fullName) {
        if (!read) {
            return readGender(fullName); // still reading: a later title or role may tell more
        }
        Character known = genderMemo.get(fullName);
        if (known == null) {
            known = readGender(fullName);
            genderMemo.put(fullName, known);
        }
        return known;
    }

    private char readGender(String fullName) {
        Character titled = genders.get(fullName);
        if (titled != null) {
            return titled;
        }
        char byRole = roleOf(fullName).map(Genders::ofRole).orElse(Genders.UNKNOWN);
        return byRole != Genders.UNKNOWN ? byRole : Genders.ofName(fullName);
    }

    /** The full names mentioned before {@code position}, latest first, at most {@code limit}. */
    List<String> namesBefore(int position, int limit) {
        List<String> out = new ArrayList<>();
        for (int k = countBefore(all, position) - 1; k >= 0 && out.size() < limit; k--) {
            out.add(all.get(k).fullName());
        }
        return out;
    }

    /** The role given with a full name where the article first names it ("Kremlin spokesman"). */
    Optional<String> roleOf(String fullName) {
        return Optional.ofNullable(roles.get(fullName));
    }

    /** Whether only titles and role words stand between the sentence start and token {@code i}. */
    private static boolean opensSentence(SentenceStarts sentences, List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).isWord() && (tokens.get(k).in(Lexical.LISTED_TITLE | Lexical.SPEAKER_NOUN)
                || tokens.get(k).isCapitalised() && !tokens.get(k).in(Lexical.NOT_NAME))) {
            k--;
        }
        return k < 0 || sentences.at(tokens.get(k + 1).start());
    }

    /** The last name that opened a sentence before {@code position}, with its place, for he and she. */
    Optional<Map.Entry<Integer, String>> lastSubjectBefore(int position) {
        int at = countBefore(subjects, position);
        return at == 0 ? Optional.empty()
                : Optional.of(Map.entry(subjects.get(at - 1).position(), subjects.get(at - 1).fullName()));
    }

    /**
     * How often the article writes this capitalised word (a possessive counts as the word) times two, plus
     * one when the article names someone with it as first name or surname in full ("Peskov" after "Dmitry
     * Peskov"): both in one look.
     */
    int mentionsAndKnows(String word) {
        String bare = stripPossessive(word);
        int[] seen = counts.get(bare);
        if (seen != null) {
            return seen[0] << 1 | seen[1];
        }
        return named(bare) ? 1 : 0;
    }

    private boolean named(String bare) {
        return bySurname.containsKey(bare) || byFirstName.containsKey(bare);
    }

    /** The full name a one-word name stands for at {@code position}: the latest before it, else the first after. */
    String fullName(String name, int position) {
        String bare = stripPossessive(name);
        if (bare.indexOf(' ') >= 0) {
            return bare;
        }
        int at = countBefore(titledNames, position + 1);
        if (at > 0 && titledNames.get(at - 1).position() == position) {
            return titledNames.get(at - 1).fullName();
        }
        List<Entry> entries = bySurname.get(bare);
        if (entries == null) {
            entries = byFirstName.get(bare); // tabloids: "Kelly, 34, told …" after "Kelly Marchetti"
        }
        if (entries == null) {
            return bare;
        }
        int atOrBefore = countBefore(entries, position + 1); // entries are in text order: a binary search, not a scan
        return entries.get(Math.max(0, atOrBefore - 1)).fullName();
    }

    /** The last full name mentioned before {@code position}, for a pronoun with no speaker before it. */
    Optional<String> lastBefore(int position) {
        int at = countBefore(all, position);
        return at == 0 ? Optional.empty() : Optional.of(all.get(at - 1).fullName());
    }

    /** How many entries (in text order) lie before {@code position}; a binary search keeps pronouns cheap. */
    private static int countBefore(List<Entry> entries, int position) {
        return TextTokens.countBefore(entries, Entry::position, position);
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised() && t.text().length() > 1
                && !t.in(Lexical.LISTED_TITLE | Lexical.NOT_NAME | Lexical.LISTED_CUE) && !Token.allUpperCase(t.text());
    }

    private static boolean isParticle(Token t) {
        return !t.isCapitalised() && t.in(Lexical.CONNECTOR) && !t.lower().equals("the")
                && !t.lower().equals("a") && !t.lower().equals("of") && !t.lower().equals("for") && !t.lower().equals("and");
    }

    private static String surname(String word) {
        return stripPossessive(word);
    }

    static String stripPossessive(String name) {
        char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
        if (last != 's' && last != '’' && last != '\'') {
            return name; // most words: nothing to strip, nothing more to look at
        }
        if (name.endsWith("’s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("’") || name.endsWith("'")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
