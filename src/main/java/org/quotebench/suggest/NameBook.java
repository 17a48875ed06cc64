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
    private final List<Entry> all = new ArrayList<>();

    private NameBook() {
    }

    static NameBook of(String text) {
        NameBook book = new NameBook();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            book.read(text, Tokens.of(text, lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        return book;
    }

    private void read(String text, List<Token> tokens) {
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
            if (j > i && j - i < 4) {
                String last = surname(tokens.get(j).text());
                if (!Lexicon.ORGANISATION_HEADS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
                    String full = stripPossessive(text.substring(tokens.get(i).start(), tokens.get(j).end()));
                    Entry entry = new Entry(tokens.get(i).start(), full);
                    bySurname.computeIfAbsent(last, k -> new ArrayList<>()).add(entry);
                    all.add(entry);
                }
            }
            i = j + 1;
        }
    }

    /** The full name a one-word name stands for at {@code position}: the latest before it, else the first after. */
    String fullName(String name, int position) {
        String bare = stripPossessive(name);
        if (bare.indexOf(' ') >= 0) {
            return bare;
        }
        List<Entry> entries = bySurname.get(bare);
        if (entries == null) {
            return bare;
        }
        Entry best = entries.get(0);
        for (Entry e : entries) {
            if (e.position() <= position) {
                best = e;
            }
        }
        return best.fullName();
    }

    /** The last full name mentioned before {@code position}, for a pronoun with no speaker before it. */
    Optional<String> lastBefore(int position) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) { // entries are in text order: binary search keeps many pronouns cheap
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).position() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Optional.empty() : Optional.of(all.get(lo - 1).fullName());
    }

    private static boolean isNameWord(Token t) {
        String lower = t.lower();
        return t.isWord() && t.isCapitalised() && t.text().length() > 1 && !Lexicon.TITLES.contains(lower)
                && !Lexicon.NOT_NAMES.contains(lower) && !Lexicon.CUES.contains(lower)
                && !t.text().chars().allMatch(Character::isUpperCase);
    }

    private static boolean isParticle(Token t) {
        return !t.isCapitalised() && Lexicon.CONNECTORS.contains(t.lower()) && !t.lower().equals("the")
                && !t.lower().equals("a") && !t.lower().equals("of") && !t.lower().equals("for") && !t.lower().equals("and");
    }

    private static String surname(String word) {
        return stripPossessive(word);
    }

    static String stripPossessive(String name) {
        if (name.endsWith("’s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("’") || name.endsWith("'")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
