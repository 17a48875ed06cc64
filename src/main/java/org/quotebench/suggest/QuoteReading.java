package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a text's quotations in order ({@link QuoteReader}), each from the last one kept before it; a
 * long text's later half on another core. That half assumes the quotation before it was kept (as it
 * mostly is); the finder's thread takes what was read there from the first quotation on where what it
 * kept so far is what the other core had kept, and reads on itself until then, so the candidates are
 * the ones one thread reading them all finds.
 */
final class QuoteReading {
    /** Quotations [{@code from}, ...) read from one start: each one's candidate (null: not kept) and the last kept after it. */
    private record Part(int from, Candidate[] candidates, int[] keptAfter) {
    }

    private final TextTokens tokens;
    private final List<QuotedSpan> quoted;
    private final int half;
    private final Aside<Part> later;

    private QuoteReading(TextTokens tokens, List<QuotedSpan> quoted, RankingAhead.Cores cores, boolean ahead) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.half = ahead ? quoted.size() / 2 : quoted.size();
        this.later = Aside.start(cores, ahead, () -> read(half, quoted.size(), half - 1));
    }

    /** Starts reading the later half of {@code quoted} on one of {@code cores} when {@code ahead} (the tokens are read in full). */
    static QuoteReading start(TextTokens tokens, List<QuotedSpan> quoted, RankingAhead.Cores cores, boolean ahead) {
        return new QuoteReading(tokens, quoted, cores, ahead);
    }

    /** The quotations kept, in order, with their index in the text's list. */
    List<SpeakerAssigner.Found> found() {
        List<SpeakerAssigner.Found> found = new ArrayList<>();
        int kept = -1;
        int i = 0;
        for (; i < half; i++) {
            kept = readInto(found, i, kept);
        }
        Optional<Part> made = half < quoted.size() ? later.made() : Optional.empty();
        for (; i < quoted.size(); i++) {
            if (made.isPresent() && kept == (i == half ? half - 1 : made.get().keptAfter()[i - 1 - half])) {
                Candidate[] candidates = made.get().candidates();
                for (int j = i; j < quoted.size(); j++) {
                    if (candidates[j - half] != null) {
                        found.add(new SpeakerAssigner.Found(candidates[j - half], j));
                    }
                }
                return found;
            }
            kept = readInto(found, i, kept);
        }
        return found;
    }

    /** Reads quotation {@code i} after {@code kept}, adds it when kept; returns the last kept after it. */
    private int readInto(List<SpeakerAssigner.Found> found, int i, int kept) {
        Optional<Candidate> candidate = QuoteReader.read(tokens, quoted, i, kept);
        if (candidate.isEmpty()) {
            return kept;
        }
        found.add(new SpeakerAssigner.Found(candidate.get(), i));
        return i;
    }

    private Part read(int from, int to, int kept) {
        Candidate[] candidates = new Candidate[to - from];
        int[] keptAfter = new int[to - from];
        int last = kept;
        for (int i = from; i < to; i++) {
            Optional<Candidate> candidate = QuoteReader.read(tokens, quoted, i, last);
            if (candidate.isPresent()) {
                candidates[i - from] = candidate.get();
                last = i;
            }
            keptAfter[i - from] = last;
        }
        return new Part(from, candidates, keptAfter);
    }
}
