package org.quotebench.core;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language of an article's text by a vote of its most common words (issue 24): each language's
 * short function words are counted over the first few thousand words, and the language with the most
 * wins when it has enough of them and clearly more than the next; otherwise no guess. An ISO 639-1 code.
 */
public final class LanguageGuess {
    private static final int MAX_WORDS = 3000;
    private static final int MIN_VOTES = 8;

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "on", "with", "he", "she", "said", "by",
                    "at", "from", "this", "have", "has", "not", "are", "but", "they", "which", "would", "been", "their"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit", "sich", "auf", "für",
                    "auch", "es", "sie", "er", "von", "im", "wird", "wurde", "nach", "bei", "sagte", "dass", "werden", "noch"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "dans", "que", "qui", "pour", "pas", "sur", "au",
                    "il", "elle", "avec", "ont", "été", "par", "ce", "sont", "mais", "a", "aux", "selon", "plus"),
            "es", Set.of("el", "los", "las", "y", "que", "del", "en", "es", "una", "por", "con", "para", "se", "su", "fue", "dijo",
                    "pero", "como", "más", "al", "sus", "también", "ha", "han", "este", "esta"),
            "it", Set.of("il", "di", "che", "e", "della", "per", "non", "una", "sono", "nel", "con", "gli", "del", "alla", "ha",
                    "anche", "come", "più", "ma", "dei", "delle", "è", "lo", "questo", "stato"),
            "nl", Set.of("de", "het", "een", "van", "en", "dat", "niet", "is", "op", "te", "zijn", "voor", "met", "ook", "maar",
                    "wordt", "werd", "door", "naar", "hij", "zij", "heeft", "bij", "uit", "dan"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "он", "она", "это", "как", "из", "к", "за", "от", "был", "была",
                    "сказал", "для", "но", "о", "его", "также", "они", "так"));

    /** Whether one language leads so far (four times the next, forty votes) that the rest cannot change the guess. */
    private static boolean settled(Map<String, Integer> votes) {
        int first = 0;
        int second = 0;
        for (int v : votes.values()) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return first >= 40 && first >= 4 * second;
    }

    /** Each listed word with the languages that list it, and the longest word's length. */
    private static final Map<String, List<String>> LANGUAGES_OF = new HashMap<>();
    private static final int LONGEST;

    static {
        int longest = 0;
        for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(WORDS).entrySet()) {
            for (String word : e.getValue()) {
                LANGUAGES_OF.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(e.getKey());
                longest = Math.max(longest, word.length());
            }
        }
        LONGEST = longest;
    }

    private LanguageGuess() {
    }

    /** The ISO 639-1 code of the text's language, or empty when the vote is too thin or too close. */
    public static Optional<String> of(String text) {
        Map<String, Integer> votes = new HashMap<>();
        int words = 0;
        int i = 0;
        while (i < text.length() && words < MAX_WORDS) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (words % 200 == 0 && settled(votes)) {
                    break; // a news article says its language in its first few hundred words: the rest need not be read
                }
                if (i - start <= LONGEST) { // every listed word is short: the long majority is never looked up
                    List<String> languages = LANGUAGES_OF.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    if (languages != null) {
                        for (String language : languages) {
                            votes.merge(language, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = votes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_VOTES) {
            return Optional.empty();
        }
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= 2 * second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}
