package org.quotebench.core;

/** "1 quote", "2 quotes": a count with its noun, in the messages people read. */
public final class Plural {
    private Plural() {
    }

    /** The count and the noun, with an "s" unless the count is one (for nouns whose plural is that regular). */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "verdict", "verdict and note", "speaker, verdict and note": words joined as a sentence lists them. */
    public static String list(java.util.List<String> words) {
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
