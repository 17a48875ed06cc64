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
    private int[] nearer;
    private int[] nearerOfKind;

    CandidatePositions(QuoteWindow w) {
        this.w = w;
        int count = w.candidates().size();
        firsts = new int[count];
        lasts = new int[count];
        sides = new int[count];
        kinds = new int[count];
        for (int k = 0; k < count; k++) {
            SpeakerCandidate c = w.candidates().get(k);
            firsts[k] = c.first();
            lasts[k] = c.last();
            sides[k] = !c.inWindow() ? 2 : w.before(c) ? 0 : 1;
            kinds[k] = c.kind().ordinal();
        }
        verbs = new int[count];
        Arrays.fill(verbs, -1);
    }

    /** Whether a verb follows the candidate: 2 a cue, 1 a word that looks like a verb ("thought", "has", "wants"), else 0. */
    int verbAfter(int k) {
        if (verbs[k] < 0) {
            verbs[k] = readVerbAfter(w.candidates().get(k));
        }
        return verbs[k];
    }

    private int readVerbAfter(SpeakerCandidate c) {
        int after = c.last() + 1;
        while (after < w.halfEnd(c) && w.token(after).isWord() && w.token(after).lower().endsWith("ly") && w.token(after).lower().length() > 4) {
            after++;
        }
        if (after >= w.halfEnd(c) || !w.token(after).isWord() || w.token(after).isCapitalised()) {
            return 0;
        }
        if (w.isCue(after)) {
            return 2;
        }
        String word = w.token(after).lower();
        return w.token(after).in(Lexical.AUXILIARY) || VERB_WORDS.contains(word) || word.length() > 3
                && (word.endsWith("ed") || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) ? 1 : 0;
    }

    private static final Set<String> VERB_WORDS = Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would",
            "can", "could", "should", "may", "might", "must", "did", "does", "do", "thought", "made", "went", "took", "gave",
            "told", "wrote", "said", "sent", "got", "put", "kept", "felt", "saw", "heard", "came", "left", "called");

    /** Whether candidate {@code d} lies between candidate {@code k} and the quote, on the same side. */
    private boolean nearer(int d, int k) {
        return d != k && sides[d] == sides[k] && sides[k] < 2 && (sides[k] == 0 ? firsts[d] > lasts[k] : lasts[d] < firsts[k]);
    }

    /** How many candidates followed by a verb lie between this one and the quote. */
    int subjectsNearer(int k) {
        int nearer = 0;
        for (int d = 0; d < firsts.length; d++) {
            if (nearer(d, k) && verbAfter(d) > 0) {
                nearer++;
            }
        }
        return nearer;
    }

    /** How many candidates come before this one in its sentence (0 for its subject). */
    int fromSentenceStart(int k) {
        int before = 0;
        int floor = sides[k] == 0 ? 0 : w.split();
        for (int d = 0; d < firsts.length; d++) {
            if (d != k && sides[d] < 2 && lasts[d] < firsts[k] && firsts[d] >= floor
                    && sentenceOf(firsts[d]) == sentenceOf(firsts[k])) {
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
        if (nearer == null) {
            countNearer();
        }
        return sameKind ? nearerOfKind[k] : nearer[k];
    }

    /** Both ranks of every candidate, in one pass over the pairs (a window holds some 14 candidates: 200 pairs). */
    private void countNearer() {
        int count = firsts.length;
        nearer = new int[count];
        nearerOfKind = new int[count];
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
}
