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

    /**
     * What {@code examples} teach a model that is already trained: the perceptron starts from the
     * model's weights and each correction moves them by {@code step} (not 1), so that a few dozen
     * quotes of a user's own news can outweigh what a few thousand of the training corpus said. Only
     * the changes are returned (weights that moved; the margin stays the model's): add them with
     * {@link RankerModel#plus}. Deterministic for a given seed.
     */
    public static RankerModel teach(RankerModel base, List<Example> examples, int epochs, long seed, float step) {
        float[] start = base.weights();
        float[] taught = weights(examples, epochs, seed, start.clone(), step);
        for (int i = 0; i < taught.length; i++) {
            taught[i] -= start[i];
        }
        return new RankerModel(taught, List.of());
    }

    private static float[] weights(List<Example> examples, int epochs, long seed) {
        return weights(examples, epochs, seed, new float[1 << RankerModel.BITS], 1);
    }

    private static float[] weights(List<Example> examples, int epochs, long seed, float[] w, float stepSize) {
        int size = w.length;
        int mask = size - 1;
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
                    update(w, sum, mask, e.candidates()[right], stepSize, step);
                    update(w, sum, mask, e.candidates()[predicted], -stepSize, step);
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
