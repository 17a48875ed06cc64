package org.quotebench.suggest;

import java.util.Optional;

/**
 * Chooses a quote's speaker among its candidates with a trained linear model: the candidate whose
 * features weigh most, unless the rules read an attribution right at the quote and no candidate
 * beats theirs by the model's margin. Without a model the rules alone choose ({@link #RULES}).
 */
final class SpeakerRanker {
    /** The choice that leaves the speaker to the rules. */
    static final int RULES = -1;

    private final Optional<RankerModel> model;

    SpeakerRanker(Optional<RankerModel> model) {
        this.model = model;
    }

    /** The index of the chosen candidate, or {@link #RULES}. */
    int choose(QuoteWindow window, CandidateFeatures features) {
        int n = window.candidates().size();
        if (model.isEmpty() || n == 0) {
            return RULES;
        }
        RankerModel m = model.get();
        float[] scores = new float[n];
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        int rules = -1;
        for (int k = 0; k < n; k++) {
            float s = SpeakerConstraints.spokenOf(window, window.candidates().get(k)) ? Float.NEGATIVE_INFINITY
                    : features.score(k, m);
            scores[k] = s;
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
            if (window.candidates().get(k).rulesPick()) {
                rules = k;
            }
        }
        // an attribution the rules read right at the quote ("…,” said X) yields only to a clearly better one
        if (rules >= 0 && best != rules && window.rules().isPresent() && window.rules().get().adjacent()
                && bestScore - scores[rules] <= m.margin()) {
            return rules;
        }
        return best;
    }

    boolean learned() {
        return model.isPresent();
    }
}
