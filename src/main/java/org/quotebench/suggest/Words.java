package org.quotebench.suggest;

/**
 * The distinct words and marks of a text, each made once: most tokens of news repeat a word met
 * before ("the", "said", a name), whose {@link Word} is found by the characters in the text, without
 * cutting them out, and shared. Not shared between threads while it is filled.
 */
final class Words {
    private Word[] table = new Word[64];
    private int[] hashes = new int[64];
    private int size;

    /** The word written at [{@code from}, {@code to}) of {@code text}. */
    Word at(String text, int from, int to) {
        int length = to - from;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i); // String.hashCode's sum
        }
        int mask = table.length - 1;
        int slot = spread(h) & mask;
        for (Word w = table[slot]; w != null; w = table[slot]) {
            if (hashes[slot] == h && w.text.length() == length && text.regionMatches(from, w.text, 0, length)) {
                return w;
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

    private void grow() {
        Word[] oldTable = table;
        int[] oldHashes = hashes;
        table = new Word[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B1;
        return x ^ (x >>> 15);
    }
}
