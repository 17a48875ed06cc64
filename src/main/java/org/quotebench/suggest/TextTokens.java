package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * All the tokens of a text, read once line by line, so that the names of the article and the window
 * around every quote are read from one list rather than tokenised again for each quote.
 */
final class TextTokens {
    /** The index of each line's first token, and the number of tokens at the end. */
    private final int[] lineStarts;

    private final String text;
    /** The tokens in order, which quote windows and runs ({@link TokenRange}) read without copying. */
    private final Token[] array;
    /** Where each token starts. */
    private final int[] places;
    /** Per block of 2^{@link #BLOCK} characters, the first token that starts in it or after it. */
    private final int[] blockFirst;
    private static final int BLOCK = 6;
    /** Per token, read on first use: 1 where a sentence starts, 2 where a paragraph break comes before it. */
    private byte[] starts;
    /** How many sentences start, and how many paragraph breaks come, before token i of the text: at i (read with {@code starts}). */
    private int[] sentencesBefore;
    private int[] paragraphsBefore;
    /** Where the text's sentences start, read on first use. */
    private SentenceStarts sentences;

    private TextTokens(String text, Token[] array, int[] places, int[] lineStarts) {
        this.text = text;
        this.array = array;
        this.places = places;
        this.lineStarts = lineStarts;
        this.blockFirst = new int[(text.length() >> BLOCK) + 2];
        int next = 0;
        for (int b = 0; b < blockFirst.length; b++) {
            while (next < places.length && places[next] < b << BLOCK) {
                next++;
            }
            blockFirst[b] = next;
        }
    }

    static TextTokens of(String text) {
        return of(text, RankingAhead.Cores.ONE, false);
    }

    /**
     * The tokens of {@code text}; a long one's later half of lines is cut on another of {@code cores} when
     * {@code ahead} (the same tokens: a word is read alike by every thread's {@link Words}).
     */
    static TextTokens of(String text, RankingAhead.Cores cores, boolean ahead) {
        int cut = ahead ? text.indexOf('\n', text.length() / 2) : -1;
        int split = cut < 0 ? text.length() : cut + 1;
        Aside<Lines> later = Aside.start(cores, split < text.length(), () -> lines(text, split, text.length()));
        // the sentences too, which the finder asks about as soon as the tokens are cut: here while the other core cuts
        Aside<SentenceStarts> sentences = Aside.start(cores, split < text.length(), () -> new SentenceStarts(text));
        Lines first = lines(text, 0, split);
        SentenceStarts read = split < text.length() ? sentences.get() : null;
        Lines all = split < text.length() ? first.then(later.get()) : first;
        int[] lineStarts = java.util.Arrays.copyOf(all.starts(), all.starts().length + 1);
        lineStarts[lineStarts.length - 1] = all.tokens().length;
        TextTokens tokens = new TextTokens(text, all.tokens(), all.places(), lineStarts);
        tokens.sentences = read;
        return tokens;
    }

    /** The tokens of some lines, where each starts, and where each line's first one is among them. */
    private record Lines(Token[] tokens, int[] places, int[] starts) {
        /** These lines, then {@code later} ones. */
        Lines then(Lines later) {
            int n = tokens.length;
            Token[] joined = java.util.Arrays.copyOf(tokens, n + later.tokens.length);
            System.arraycopy(later.tokens, 0, joined, n, later.tokens.length);
            int[] joinedPlaces = java.util.Arrays.copyOf(places, joined.length);
            System.arraycopy(later.places, 0, joinedPlaces, n, later.places.length);
            int[] joinedStarts = java.util.Arrays.copyOf(starts, starts.length + later.starts.length);
            for (int i = 0; i < later.starts.length; i++) {
                joinedStarts[starts.length + i] = n + later.starts[i];
            }
            return new Lines(joined, joinedPlaces, joinedStarts);
        }
    }

    /** The tokens of the lines that start in [{@code from}, {@code to}). */
    private static Lines lines(String text, int from, int to) {
        Words words = Words.ofThisThread(); // a word met on any line, or in an earlier text, is made once
        List<Token> tokens = new ArrayList<>((to - from) / 4 + 16); // news: a token per four or five characters
        int[] starts = new int[16];
        int lines = 0;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lines == starts.length) {
                starts = java.util.Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = tokens.size();
            Tokens.into(text, lineStart, lineEnd, words, tokens);
            lineStart = lineEnd + 1;
        }
        Token[] array = tokens.toArray(new Token[0]);
        int[] places = new int[array.length];
        for (int i = 0; i < places.length; i++) {
            places[i] = array[i].start();
        }
        return new Lines(array, places, java.util.Arrays.copyOf(starts, lines));
    }

    /** The tokens of each line, in order. */
    List<List<Token>> lines() {
        List<List<Token>> lines = new ArrayList<>(lineStarts.length);
        for (int i = 0; i + 1 < lineStarts.length; i++) {
            lines.add(new TokenRange(array, lineStarts[i], lineStarts[i + 1]));
        }
        return lines;
    }

    /** Reads now what is otherwise read on first use, so that threads handed these tokens afterwards only read them. */
    void readAll() {
        starts();
        sentences().all();
    }

    /** Whether a sentence starts at token {@code i} of the text. */
    boolean sentenceStart(int i) {
        return (starts()[i] & 1) != 0;
    }

    /** Whether a line break stands between token {@code i} and the one before it. */
    boolean paragraphBefore(int i) {
        return (starts()[i] & 2) != 0;
    }

    /** How many sentences start at tokens [0, {@code i}). */
    int sentencesBefore(int i) {
        starts();
        return sentencesBefore[i];
    }

    /** How many of tokens [0, {@code i}) have a line break before them. */
    int paragraphsBefore(int i) {
        starts();
        return paragraphsBefore[i];
    }

    private byte[] starts() {
        byte[] read = starts;
        return read != null ? read : readStarts(); // small, so that the compiler puts it where it is asked
    }

    private byte[] readStarts() {
        if (starts == null) {
            byte[] s = new byte[array.length];
            int[] sentenceStarts = sentences().all();
            int next = 0;
            for (int i = 0; i < s.length; i++) {
                Token t = array[i];
                while (next < sentenceStarts.length && sentenceStarts[next] < t.start()) {
                    next++;
                }
                boolean sentence = next < sentenceStarts.length && sentenceStarts[next] == t.start();
                boolean paragraph = i > 0 && lineBreakBetween(array[i - 1].end(), t.start());
                s[i] = (byte) ((sentence ? 1 : 0) | (paragraph ? 2 : 0));
            }
            int[] sentencesUpTo = new int[s.length + 1];
            int[] paragraphsUpTo = new int[s.length + 1];
            for (int i = 0; i < s.length; i++) {
                sentencesUpTo[i + 1] = sentencesUpTo[i] + (s[i] & 1);
                paragraphsUpTo[i + 1] = paragraphsUpTo[i] + ((s[i] >> 1) & 1);
            }
            sentencesBefore = sentencesUpTo;
            paragraphsBefore = paragraphsUpTo;
            starts = s;
        }
        return starts;
    }

    /** Whether a line break lies in [{@code from}, {@code to}): only the gap is read (a one-line text has no break to find far back). */
    private boolean lineBreakBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Where the text's sentences start. */
    SentenceStarts sentences() {
        if (sentences == null) {
            sentences = new SentenceStarts(text);
        }
        return sentences;
    }

    /** The text these are the tokens of. */
    String text() {
        return text;
    }

    /**
     * Exactly the tokens {@link Tokens#of} reads in [{@code from}, {@code to}), taken from this list
     * where no token of it crosses either end, so that the words around each quote are not cut out of
     * the text again (and keep what was looked up about them); read afresh where one does (a window
     * starting inside a word). Not to be changed.
     */
    List<Token> window(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(to, text.length());
        if (a >= b) {
            return List.of();
        }
        int first = firstFrom(a);
        int end = firstFrom(b);
        if (first > 0 && array[first - 1].end() > a || end > first && array[end - 1].end() > b) {
            return TokenRange.of(Tokens.of(text, a, b));
        }
        return new TokenRange(array, first, end);
    }

    /** The tokens that lie wholly within [{@code from}, {@code to}). */
    List<Token> within(int from, int to) {
        int a = firstFrom(from);
        return new TokenRange(array, a, endWithin(a, to));
    }

    /** The index past the tokens from token {@code a} on that end by {@code to}. */
    int endWithin(int a, int to) {
        int b = a;
        while (b < array.length && array[b].end() <= to) {
            b++;
        }
        return b;
    }

    /** The text's tokens [{@code from}, {@code to}), not copied. */
    List<Token> range(int from, int to) {
        return new TokenRange(array, from, to);
    }

    /** The tokens [{@code leftStart}, {@code leftEnd}) and [{@code rightStart}, {@code rightEnd}) as one list, not copied. */
    List<Token> window(int leftStart, int leftEnd, int rightStart, int rightEnd) {
        return new TokenRange(array, leftStart, leftEnd, rightStart, rightEnd);
    }

    /**
     * The index of the first token starting at or after {@code position}: from the first token of its
     * block of characters on, a few steps through one or two cache lines (a binary search over a
     * long text's million tokens missed the cache at most of its twenty steps).
     */
    int firstFrom(int position) {
        if (position <= 0) {
            return 0;
        }
        int i = blockFirst[Math.min(position >> BLOCK, blockFirst.length - 1)];
        while (i < places.length && places[i] < position) {
            i++;
        }
        return i;
    }

    /** How many of {@code items}, in order of their places, lie before {@code position}: a binary search. */
    static <T> int countBefore(List<T> items, java.util.function.ToIntFunction<T> place, int position) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (place.applyAsInt(items.get(mid)) < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
