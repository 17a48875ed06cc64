package org.quotebench.suggest;

import java.util.Optional;

/**
 * Chooses a quote's speaker among its candidates with a trained linear model: the candidate whose
 * features weigh most. Without a model the rules alone choose (every quote gets {@link #RULES}).
 */
final class SpeakerRanker {
    /** The choice that leaves the speaker to the rules. */
    static final int RULES = -1;

    private final Optional<RankerModel> model;

    SpeakerRanker(Optional<RankerModel> model) {
        this.model = model;
    }

    /** The index of the chosen candidate, or {@link #RULES}. */
    int choose(QuoteWindow window, int[][] features) {
        if (model.isEmpty() || features.length == 0) {
            return RULES;
        }
        int best = 0;
        float bestScore = model.get().score(features[0]);
        for (int k = 1; k < features.length; k++) {
            float s = model.get().score(features[k]);
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }

    boolean learned() {
        return model.isPresent();
    }
}
