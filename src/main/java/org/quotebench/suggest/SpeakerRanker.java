package org.quotebench.suggest;

import java.util.Optional;

/**
 * Chooses a quote's speaker among its candidates with a trained linear model: the candidate whose
 * features weigh most, unless the rules read an attribution right at the quote and no candidate
 * beats theirs by the model's margin. Without a model the rules alone choose ({@link #RULES}).
 */
final class SpeakerRanker {
    /** How far a taught German candidate must beat the clause's reading (what German teaching starts from). */
    static final float GERMAN_MARGIN = FinderTeacher.MARGIN;

    /** The choice that leaves the speaker to the rules. */
    static final int RULES = -1;

    private final Optional<RankerModel> model;
    /** What a workspace taught (its changes alone), which alone weighs German candidates. */
    private final Optional<RankerModel> taught;

    SpeakerRanker(Optional<RankerModel> model, Optional<RankerModel> taught) {
        this.model = model;
        this.taught = taught;
    }

    /**
     * The candidate chosen for a German quote whose clause names a speaker (the window's rules' pick,
     * right next to the quote): only what the workspace taught may choose another, by scoring German
     * features ({@link CandidateFeatures}) that nothing else weighs; {@link #RULES} keeps the clause's reading.
     */
    int chooseGerman(QuoteWindow window, CandidateFeatures features) {
        int n = window.candidates().size();
        int guarded = guarded(window);
        if (taught.isEmpty() || n == 0 || guarded < 0) {
            return RULES;
        }
        float[] scores = new float[n];
        for (int k = 0; k < n; k++) {
            scores[k] = SpeakerConstraints.spokenOf(window, window.candidates().get(k)) ? Float.NEGATIVE_INFINITY
                    : features.score(k, taught.get());
        }
        int chosen = choice(scores, guarded, GERMAN_MARGIN);
        return chosen == guarded ? RULES : chosen;
    }

    /** The index of the chosen candidate, or {@link #RULES}. */
    int choose(QuoteWindow window, CandidateFeatures features) {
        int n = window.candidates().size();
        if (model.isEmpty() || n == 0) {
            return RULES;
        }
        RankerModel m = model.get();
        float[] scores = new float[n];
        for (int k = 0; k < n; k++) {
            scores[k] = SpeakerConstraints.spokenOf(window, window.candidates().get(k)) ? Float.NEGATIVE_INFINITY
                    : features.score(k, m);
        }
        return choice(scores, guarded(window), m.margin());
    }

    /**
     * The best-scoring candidate, unless the rules read one right at the quote ({@code guarded}, -1 for
     * none: "…,” said X") and the best does not beat it by more than {@code margin}. Training and teaching
     * count right choices the same way.
     */
    static int choice(float[] scores, int guarded, float margin) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        if (guarded >= 0 && best != guarded && scores[best] - scores[guarded] <= margin) {
            return guarded;
        }
        return best;
    }

    /** The candidate the rules read right next to the quote, which only a clearly better one overrides; -1 for none. */
    static int guarded(QuoteWindow window) {
        if (window.rules().isEmpty() || !window.rules().get().adjacent()) {
            return -1;
        }
        int rules = -1;
        for (int k = 0; k < window.candidates().size(); k++) {
            if (window.candidates().get(k).rulesPick()) {
                rules = k;
            }
        }
        return rules;
    }

    /** Whether a workspace's teaching weighs German candidates (see {@link #chooseGerman}). */
    boolean taughtGerman() {
        return taught.isPresent();
    }

    boolean learned() {
        return model.isPresent();
    }
}
