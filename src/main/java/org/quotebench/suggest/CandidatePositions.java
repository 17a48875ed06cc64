package org.quotebench.suggest;

import java.util.Arrays;
import java.util.Set;

/**
 * How the candidates of one quote window stand to each other: which lie nearer the quote, which
 * come first in their sentence, which are followed by a verb. Read once per window, as arrays.
 */
final class CandidatePositions {
    private final QuoteWindow w;
    /** The candidates' first and last tokens, sides (0 before, 1 after, 2 outside the window) and kinds. */
    private final int[] firsts;
    private final int[] lasts;
    private final int[] sides;
    private final int[] kinds;
    /** Whether a verb follows each candidate, read once (-1: not yet). */
    private final int[] verbs;
    /** How many candidates lie nearer the quote than each, of any kind and of its own; counted on first use. */
    private final int[] nearer;
    private final int[] nearerOfKind;
    private boolean counted;
    /** The sentence of each candidate in the window, read on first use. */
    private final int[] sentences;
    private boolean sentencesRead;
    /** How many candidates the window has (the arrays may be longer). */
    private final int count;
    /** The thread's arrays these positions are in, and which loan of them they are (see {@link #owns}). */
    private final Arrays8 lender;
    private final int loan;

    /**
     * Each thread's arrays, reused window after window: a window's positions are read while it is ranked
     * and dropped before the thread makes the next (a dense text has a window every few dozen characters).
     * Positions asked after their thread made another window's would read that window's: assertions
     * (on in the tests) refuse it.
     */
    private static final ThreadLocal<Arrays8> ARRAYS = ThreadLocal.withInitial(Arrays8::new);

    /** Eight arrays of at least the candidates' count. */
    private static final class Arrays8 {
        int[][] of = new int[8][16];
        /** How many windows' positions these arrays held so far: the last one owns them. */
        int lent;

        int[][] atLeast(int count) {
            if (of[0].length < count) {
                for (int i = 0; i < of.length; i++) {
                    of[i] = new int[Math.max(count, of[i].length * 2)];
                }
            }
            return of;
        }
    }

    CandidatePositions(QuoteWindow w) {
        this.w = w;
        int count = w.candidates().size();
        Arrays8 lender = ARRAYS.get();
        int[][] arrays = lender.atLeast(count);
        this.lender = lender;
        this.loan = ++lender.lent;
        firsts = arrays[0];
        lasts = arrays[1];
        sides = arrays[2];
        kinds = arrays[3];
        verbs = arrays[4];
        nearer = arrays[5];
        nearerOfKind = arrays[6];
        sentences = arrays[7];
        this.count = count;
        for (int k = 0; k < count; k++) {
            SpeakerCandidate c = w.candidates().get(k);
            firsts[k] = c.first();
            lasts[k] = c.last();
            sides[k] = !c.inWindow() ? 2 : w.before(c) ? 0 : 1;
            kinds[k] = c.kind().ordinal();
        }
        Arrays.fill(verbs, 0, count, -1);
    }

    /** Whether a verb follows the candidate: 2 a cue, 1 a word that looks like a verb ("thought", "has", "wants"), else 0. */
    int verbAfter(int k) {
        assert owns() : STALE;
        if (verbs[k] < 0) {
            verbs[k] = readVerbAfter(w.candidates().get(k));
        }
        return verbs[k];
    }

    private int readVerbAfter(SpeakerCandidate c) {
        int after = c.last() + 1;
        while (after < w.halfEnd(c) && w.token(after).isWord() && w.token(after).in(Word.ADVERB)) {
            after++;
        }
        if (after >= w.halfEnd(c) || !w.token(after).isWord() || w.token(after).isCapitalised()) {
            return 0;
        }
        if (w.isCue(after)) {
            return 2;
        }
        return w.token(after).in(Lexical.AUXILIARY | Lexical.VERB_WORD | Word.VERB_ENDING) ? 1 : 0;
    }

    static final Set<String> VERB_WORDS = Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would",
            "can", "could", "should", "may", "might", "must", "did", "does", "do", "thought", "made", "went", "took", "gave",
            "told", "wrote", "said", "sent", "got", "put", "kept", "felt", "saw", "heard", "came", "left", "called");

    /** Whether candidate {@code d} lies between candidate {@code k} and the quote, on the same side. */
    private boolean nearer(int d, int k) {
        return d != k && sides[d] == sides[k] && sides[k] < 2 && (sides[k] == 0 ? firsts[d] > lasts[k] : lasts[d] < firsts[k]);
    }

    /** How many candidates followed by a verb lie between this one and the quote. */
    int subjectsNearer(int k) {
        assert owns() : STALE;
        int nearer = 0;
        for (int d = 0; d < count; d++) {
            if (nearer(d, k) && verbAfter(d) > 0) {
                nearer++;
            }
        }
        return nearer;
    }

    /** How many candidates come before this one in its sentence (0 for its subject). */
    int fromSentenceStart(int k) {
        assert owns() : STALE;
        if (!sentencesRead) {
            sentencesRead = true;
            for (int d = 0; d < count; d++) {
                sentences[d] = sides[d] < 2 ? sentenceOf(firsts[d]) : -1;
            }
        }
        int before = 0;
        int floor = sides[k] == 0 ? 0 : w.split();
        for (int d = 0; d < count; d++) {
            if (d != k && sides[d] < 2 && lasts[d] < firsts[k] && firsts[d] >= floor && sentences[d] == sentences[k]) {
                before++;
            }
        }
        return before;
    }

    /** Which sentence of the text window token {@code i} lies in (compared within one half of the window). */
    private int sentenceOf(int i) {
        return w.all().sentencesBefore(w.global(i) + 1);
    }

    /** How many other candidates (of the same kind, when {@code sameKind}) lie nearer to the quote on the same side. */
    int rank(int k, boolean sameKind) {
        assert owns() : STALE;
        if (!counted) {
            countNearer();
        }
        return sameKind ? nearerOfKind[k] : nearer[k];
    }

    /** Both ranks of every candidate, in one pass over the pairs (a window holds some 14 candidates: 200 pairs). */
    private void countNearer() {
        counted = true;
        Arrays.fill(nearer, 0, count, 0);
        Arrays.fill(nearerOfKind, 0, count, 0);
        for (int k = 0; k < count; k++) {
            for (int d = 0; d < count; d++) {
                if (nearer(d, k)) {
                    nearer[k]++;
                    if (kinds[d] == kinds[k]) {
                        nearerOfKind[k]++;
                    }
                }
            }
        }
    }

    private static final String STALE = "positions read after their thread made another window's";

    /** Whether these positions' arrays still hold them: read on their thread, which made no other window's since. */
    private boolean owns() {
        return ARRAYS.get() == lender && lender.lent == loan;
    }
}
