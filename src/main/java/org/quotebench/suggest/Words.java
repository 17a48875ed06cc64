package org.quotebench.suggest;

/**
 * Distinct words and marks, each made once: most tokens of news repeat a word met before ("the",
 * "said", a name), whose {@link Word} is found by the characters in the text, without cutting them
 * out, and shared. Each thread that reads texts keeps one table for all of them ({@link #ofThisThread}),
 * started afresh once it holds {@link #KEPT} words; a table is not shared between threads (its words are).
 */
final class Words {
    /** How many words a thread's table holds before it starts afresh, so that no stream of texts makes it grow without end. */
    static final int KEPT = 100_000;
    /** How many places a word is looked for before it is made without being kept. */
    static final int MAX_PROBES = 16;
    private static final ThreadLocal<Words> THREADS = ThreadLocal.withInitial(Words::new);

    private Word[] table = new Word[64];
    private int[] hashes = new int[64];
    private int size;
    /** How many words were made without being kept (a count for tests). */
    private int unkept;

    /** This thread's table, for a text about to be read (a fresh one when the old one is full). */
    static Words ofThisThread() {
        Words words = THREADS.get();
        if (words.size >= KEPT) {
            words = new Words();
            THREADS.set(words);
        }
        return words;
    }

    /** The word written at [{@code from}, {@code to}) of {@code text}. */
    Word at(String text, int from, int to) {
        int length = to - from;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i); // String.hashCode's sum
        }
        int mask = table.length - 1;
        int slot = spread(h) & mask;
        int probes = 0;
        for (Word w = table[slot]; w != null; w = table[slot]) {
            if (hashes[slot] == h && w.text.length() == length && text.regionMatches(from, w.text, 0, length)) {
                return w;
            }
            if (++probes >= MAX_PROBES) {
                // words made to share a hash ("Aa", "BB", …) would make each look longer than the last: past a few, not kept
                unkept++;
                return new Word(text.substring(from, to));
            }
            slot = (slot + 1) & mask;
        }
        Word made = new Word(text.substring(from, to));
        table[slot] = made;
        hashes[slot] = h;
        if (++size * 2 > table.length) {
            grow();
        }
        return made;
    }

    int unkept() {
        return unkept;
    }

    private void grow() {
        Word[] oldTable = table;
        int[] oldHashes = hashes;
        table = new Word[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                int probes = 0;
                while (table[slot] != null && ++probes < MAX_PROBES) {
                    slot = (slot + 1) & mask;
                }
                if (table[slot] == null) { // else it would stand where no look finds it: no longer kept
                    table[slot] = oldTable[i];
                    hashes[slot] = oldHashes[i];
                } else {
                    size--;
                }
            }
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B1;
        return x ^ (x >>> 15);
    }
}
