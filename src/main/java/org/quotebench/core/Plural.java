package org.quotebench.core;

/** "1 quote", "2 quotes": a count with its noun, in the messages people read. */
public final class Plural {
    private Plural() {
    }

    /** The count and the noun, with an "s" unless the count is one (for nouns whose plural is that regular). */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
