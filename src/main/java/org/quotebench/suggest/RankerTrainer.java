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
    /** One quote to learn from: each candidate's feature ids and whether it names the speaker. */
    public record Example(int[][] candidates, boolean[] right) {
        public Example {
            if (candidates.length != right.length) {
                throw new IllegalArgumentException("one right-or-wrong per candidate");
            }
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
                int predicted = best(w, mask, e, false);
                if (!e.right()[predicted]) {
                    int right = best(w, mask, e, true);
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

    private static void update(float[] w, double[] sum, int mask, int[] features, int sign, long step) {
        for (int id : features) {
            w[id & mask] += sign;
            sum[id & mask] += (double) sign * step;
        }
    }

    /** The best-scoring candidate, among the right ones only when {@code rightOnly}; the first on a tie. */
    private static int best(float[] w, int mask, Example e, boolean rightOnly) {
        int best = -1;
        float bestScore = 0;
        for (int k = 0; k < e.candidates().length; k++) {
            if (rightOnly && !e.right()[k]) {
                continue;
            }
            float s = 0;
            for (int id : e.candidates()[k]) {
                s += w[id & mask];
            }
            if (best < 0 || s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }
}
