package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Scoring a candidate adds the weights of small values from the model's tables ({@link RankerTables})
 * instead of hashing them: the score must be, to the bit, the sum of the weights of the ids that
 * training sees for the same candidate, or the finder would choose other speakers than it learned to.
 */
class FeatureScoresTest {
    @Test
    void aScoreIsTheSumOfItsIdsWeightsToTheBit() {
        scoresAreSumsOfWeights(1); // every id weighs something, so a wrong table entry shows
    }

    @Test
    void aModelThatWeighsFewIdsScoresAlikeFromItsTableOfThoseItWeighs() {
        scoresAreSumsOfWeights(50); // as the shipped model: one id in fifty or so weighs anything
    }

    @Test
    void twoModelsScoringInTurnOnOneThreadEachGiveTheirOwnWeights() {
        // the weights a thread read last are remembered: what one model weighed must not stand for another's
        RankerModel first = model(1, 7);
        RankerModel second = model(1, 8);
        int[] candidates = {0};
        for (GoldSet.Article article : GoldSet.load(GoldSet.RESOURCE)) {
            QuoteFinder.rulesOnly().find(article.text(), (quote, window, seen, german) -> {
                CandidateFeatures features = new CandidateFeatures(window, german);
                for (int k = 0; k < seen.length; k++) {
                    for (RankerModel model : List.of(first, second, first)) {
                        assertThat(Float.floatToIntBits(features.score(k, model))).as("candidate %d in %s", k, article.id())
                                .isEqualTo(Float.floatToIntBits(model.score(features.of(k))));
                    }
                    candidates[0]++;
                }
            });
        }
        assertThat(candidates[0]).isGreaterThan(100);
    }

    /** A model in which one id in {@code every} weighs something (drawn from {@code seed}), the rest nothing. */
    private static RankerModel model(int every, long seed) {
        float[] weights = new float[1 << RankerModel.BITS];
        Random random = new Random(seed);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(every) == 0 ? (float) random.nextGaussian() : 0;
        }
        return new RankerModel(weights, List.of());
    }

    /** Scores with a model in which one id in {@code every} weighs something, the rest nothing. */
    private static void scoresAreSumsOfWeights(int every) {
        RankerModel model = model(every, 7);
        float[] weights = new float[1 << RankerModel.BITS];
        for (int id = 0; id < weights.length; id++) {
            weights[id] = model.tables().weight(id);
        }
        for (int id = 0; id < weights.length; id++) {
            assertThat(model.tables().weight(id)).isEqualTo(weights[id]);
        }
        int[] candidates = {0};
        for (String set : List.of(GoldSet.RESOURCE, GoldSet.GERMAN, GoldSet.FRENCH_RUSSIAN)) {
            for (GoldSet.Article article : GoldSet.load(set)) {
                QuoteFinder.rulesOnly().find(article.text(), (quote, window, seen, german) -> {
                    CandidateFeatures features = new CandidateFeatures(window, german);
                    for (int k = 0; k < seen.length; k++) {
                        int[] ids = features.of(k);
                        assertThat(ids).isEqualTo(seen[k]);
                        assertThat(Float.floatToIntBits(features.score(k, model))).as("candidate %d in %s", k, article.id())
                                .isEqualTo(Float.floatToIntBits(model.score(ids)));
                        candidates[0]++;
                    }
                });
            }
        }
        assertThat(candidates[0]).isGreaterThan(500);
    }
}
