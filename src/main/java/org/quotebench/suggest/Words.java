package org.quotebench.suggest;

import java.util.Arrays;

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

    /**
     * The table: per slot its word's hash, where its characters start in {@link #spelled} (-1: an empty
     * slot), their count and the word's number in {@link #made}, side by side, so that a lookup reads one
     * place of the table and the characters it compares, not the word's object and string (cutting the
     * 84 PolNeAR dev articles into tokens: 3.8 → 3.6 ms).
     */
    private int[] slots = emptySlots(64);
    /** Every kept word's characters, one after another. */
    private char[] spelled = new char[256];
    private int spelledLength;
    /** The kept words, in the order they were made (one dropped when the table grew keeps its place). */
    private Word[] made = new Word[32];
    private int madeCount;
    /** How many words the table holds. */
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
        int mask = slots.length / 4 - 1;
        int slot = spread(h) & mask;
        int probes = 0;
        while (slots[4 * slot + 1] >= 0) {
            if (slots[4 * slot] == h && slots[4 * slot + 2] == length && spelledAt(slots[4 * slot + 1], text, from, length)) {
                return made[slots[4 * slot + 3]];
            }
            if (++probes >= MAX_PROBES) {
                // words made to share a hash ("Aa", "BB", …) would make each look longer than the last: past a few, not kept
                unkept++;
                return new Word(text.substring(from, to));
            }
            slot = (slot + 1) & mask;
        }
        Word word = new Word(text.substring(from, to));
        if (spelledLength + length > spelled.length) {
            spelled = Arrays.copyOf(spelled, Math.max(spelled.length * 2, spelledLength + length));
        }
        text.getChars(from, to, spelled, spelledLength);
        if (madeCount == made.length) {
            made = Arrays.copyOf(made, madeCount * 2);
        }
        made[madeCount] = word;
        put(slots, slot, h, spelledLength, length, madeCount++);
        spelledLength += length;
        if (++size * 2 > slots.length / 4) {
            grow();
        }
        return word;
    }

    /** Whether the kept characters at {@code at} are those of {@code text} at [{@code from}, from + {@code length}). */
    private boolean spelledAt(int at, String text, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (spelled[at + k] != text.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    int unkept() {
        return unkept;
    }

    private static int[] emptySlots(int count) {
        int[] slots = new int[4 * count];
        for (int s = 0; s < count; s++) {
            slots[4 * s + 1] = -1;
        }
        return slots;
    }

    private static void put(int[] slots, int slot, int hash, int at, int length, int number) {
        slots[4 * slot] = hash;
        slots[4 * slot + 1] = at;
        slots[4 * slot + 2] = length;
        slots[4 * slot + 3] = number;
    }

    private void grow() {
        int[] old = slots;
        slots = emptySlots(old.length / 4 * 2);
        int mask = slots.length / 4 - 1;
        for (int i = 0; i < old.length / 4; i++) {
            if (old[4 * i + 1] >= 0) {
                int slot = spread(old[4 * i]) & mask;
                int probes = 0;
                while (slots[4 * slot + 1] >= 0 && ++probes < MAX_PROBES) {
                    slot = (slot + 1) & mask;
                }
                if (slots[4 * slot + 1] < 0) { // else it would stand where no look finds it: no longer kept
                    put(slots, slot, old[4 * i], old[4 * i + 1], old[4 * i + 2], old[4 * i + 3]);
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
