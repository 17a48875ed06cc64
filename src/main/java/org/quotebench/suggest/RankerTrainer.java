package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the speaker ranker: an averaged perceptron over the candidates of each quote. Where the
 * best-scoring candidate is not a right one, the weights move toward the best-scoring right one and
 * away from it; the model is the average of the weights over all steps, which generalises better
 * than the last. Deterministic for a given seed (it only orders the quotes of each epoch).
 */
public final class RankerTrainer {
    /**
     * One quote to learn from: each candidate's feature ids, whether it names the speaker, and the
     * candidate the rules read right next to the quote (-1 for none), which the ranker overrides only by
     * its margin.
     */
    public record Example(int[][] candidates, boolean[] right, int guarded) {
        public Example {
            if (candidates.length != right.length) {
                throw new IllegalArgumentException("one right-or-wrong per candidate");
            }
        }

        public Example(int[][] candidates, boolean[] right) {
            this(candidates, right, -1);
        }

        boolean learnable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    private RankerTrainer() {
    }

    /**
     * An ensemble: the weights of {@code seeds} models (seeds {@code seed}, {@code seed + 1}, …)
     * averaged, which makes the result depend less on the order of the quotes.
     */
    public static RankerModel train(List<Example> examples, int epochs, long seed, int seeds) {
        float[] sum = new float[1 << RankerModel.BITS];
        for (int k = 0; k < seeds; k++) {
            float[] w = weights(examples, epochs, seed + k);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += w[i] / seeds;
            }
        }
        return new RankerModel(sum, List.of());
    }

    /** Trains for {@code epochs} passes over the examples that have a right candidate, shuffled by {@code seed}. */
    public static RankerModel train(List<Example> examples, int epochs, long seed) {
        return new RankerModel(weights(examples, epochs, seed), List.of());
    }

    /**
     * What {@code examples} teach a model that is already trained, changing it as little as it takes
     * (passive-aggressive updates, Crammer et al. 2006): where a wrong candidate scores less than
     * {@code margin} below the best right one, or the rules' wrong adjacent pick less than the model's
     * own margin + {@code margin}, the weights move along the difference of their features just far
     * enough to fix it, and at most {@code most} per quote, so a few quotes of a user's own news change
     * what they need without unlearning the rest. Only the changes are returned (add them with
     * {@link RankerModel#plus}). Deterministic for a given seed.
     */
    public static RankerModel teach(RankerModel base, List<Example> examples, int epochs, long seed, float margin, float most) {
        float[] start = base.weights();
        int size = start.length;
        int mask = size - 1;
        float[] w = start.clone();
        List<Example> order = new ArrayList<>();
        for (Example e : examples) {
            if (e.learnable()) {
                order.add(e);
            }
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                int right = best(w, mask, e, k -> e.right()[k]);
                int wrong = best(w, mask, e, k -> !e.right()[k]);
                if (wrong >= 0) {
                    nudge(w, mask, e.candidates()[right], e.candidates()[wrong], margin, most);
                }
                if (e.guarded() >= 0 && !e.right()[e.guarded()]) {
                    nudge(w, mask, e.candidates()[right], e.candidates()[e.guarded()], base.margin() + margin, most);
                }
            }
        }
        float[] changes = new float[size];
        for (int i = 0; i < size; i++) {
            changes[i] = w[i] - start[i];
        }
        return new RankerModel(changes, List.of());
    }

    /** Moves the weights so that {@code right} scores at least {@code margin} above {@code wrong}, by at most {@code most}. */
    private static void nudge(float[] w, int mask, int[] right, int[] wrong, float margin, float most) {
        float loss = margin - (score(w, mask, right) - score(w, mask, wrong));
        if (loss <= 0) {
            return;
        }
        java.util.Map<Integer, Integer> difference = new java.util.HashMap<>();
        for (int id : right) {
            difference.merge(id & mask, 1, Integer::sum);
        }
        for (int id : wrong) {
            difference.merge(id & mask, -1, Integer::sum);
        }
        double norm = 0;
        for (int d : difference.values()) {
            norm += (double) d * d;
        }
        if (norm == 0) {
            return; // the two look the same to the model: nothing can tell them apart
        }
        float tau = (float) Math.min(most, loss / norm);
        difference.forEach((id, d) -> w[id] += tau * d);
    }

    private static float score(float[] w, int mask, int[] features) {
        float s = 0;
        for (int id : features) {
            s += w[id & mask];
        }
        return s;
    }

    private static float[] weights(List<Example> examples, int epochs, long seed) {
        int size = 1 << RankerModel.BITS;
        int mask = size - 1;
        float[] w = new float[size];
        double[] sum = new double[size]; // each update times the step it was made at, for the average
        List<Example> order = new ArrayList<>();
        for (Example e : examples) {
            if (e.learnable()) {
                order.add(e);
            }
        }
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                int predicted = best(w, mask, e, k -> true);
                if (!e.right()[predicted]) {
                    int right = best(w, mask, e, k -> e.right()[k]);
                    update(w, sum, mask, e.candidates()[right], 1, step);
                    update(w, sum, mask, e.candidates()[predicted], -1, step);
                }
                step++;
            }
        }
        float[] averaged = new float[size];
        for (int i = 0; i < size; i++) {
            averaged[i] = (float) (w[i] - sum[i] / step);
        }
        return averaged;
    }

    private static void update(float[] w, double[] sum, int mask, int[] features, float by, long step) {
        for (int id : features) {
            w[id & mask] += by;
            sum[id & mask] += (double) by * step;
        }
    }

    /** The best-scoring candidate among those {@code among} accepts, the first on a tie; -1 when it accepts none. */
    private static int best(float[] w, int mask, Example e, java.util.function.IntPredicate among) {
        int best = -1;
        float bestScore = 0;
        for (int k = 0; k < e.candidates().length; k++) {
            if (!among.test(k)) {
                continue;
            }
            float s = score(w, mask, e.candidates()[k]);
            if (best < 0 || s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }
}
