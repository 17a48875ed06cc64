package org.quotebench.suggest;

/**
 * A model's weights of the feature ids made from small values ({@link FeatureIds}), read once per
 * model: a feature alone, in each context, and every pair of small core values. Scoring a candidate
 * then reads some 170 weights from these few hundred kilobytes, in the order its ids are made,
 * instead of hashing each id and reading it from four megabytes of weights.
 */
final class RankerTables {
    private final int mask;
    /**
     * The weights that are not zero, by id, in a table of a few hundred kilobytes (some 18,000 of the
     * model's million weights): each slot an id and its weight's bits side by side, -1 for an empty slot,
     * so that scoring looks up the weights of words in a table that stays in the cache.
     */
    private final int[] nonZero;
    private final int slotMask;
    private final float[] small = new float[FeatureIds.SMALL_TEMPLATES * FeatureIds.SMALL_VALUES];
    /**
     * By context, then template and value: one candidate reads its weights in context from one block
     * of a few kilobytes, which stays in the nearest cache with {@link #small} and {@link #pairs}.
     */
    private final float[] inContext = new float[small.length * FeatureIds.CONTEXTS];
    /** The weights of pairs of small core values, a block per pair ({@link FeatureIds#PAIR_START}): some 8 KB. */
    private final float[] pairs = new float[FeatureIds.PAIR_TABLE];

    /** The tables of {@code weights}, which are not changed afterwards (a model's weights never are). */
    RankerTables(float[] weights) {
        this.mask = weights.length - 1;
        int count = 0;
        for (float w : weights) {
            count += w != 0 ? 1 : 0;
        }
        int slots = Integer.highestOneBit(Math.max(16, count * 5 / 3)) * 2; // at most three in five slots taken
        this.slotMask = slots - 1;
        this.nonZero = new int[2 * slots];
        java.util.Arrays.fill(nonZero, -1);
        for (int id = 0; id < weights.length; id++) {
            if (weights[id] != 0) {
                int slot = id & slotMask;
                while (nonZero[2 * slot] >= 0) {
                    slot = (slot + 1) & slotMask;
                }
                nonZero[2 * slot] = id;
                nonZero[2 * slot + 1] = Float.floatToRawIntBits(weights[id]);
            }
        }
        int v = FeatureIds.SMALL_VALUES;
        for (int t = 0; t < FeatureIds.SMALL_TEMPLATES; t++) {
            for (int x = 0; x < v; x++) {
                int id = FeatureIds.small(t, x);
                small[t * v + x] = weight(id);
                for (int c = 0; c < FeatureIds.CONTEXTS; c++) {
                    inContext[c * small.length + t * v + x] = weight(FeatureIds.mix(id, 1000 + c));
                }
            }
        }
        for (int i = 0; i < FeatureIds.CORE; i++) {
            for (int j = i + 1; j < FeatureIds.CORE; j++) {
                int start = FeatureIds.PAIR_START[i * 16 + j];
                for (int a = 0; a < FeatureIds.CAPACITY[i]; a++) {
                    for (int b = 0; b < FeatureIds.CAPACITY[j]; b++) {
                        pairs[start + a * FeatureIds.CAPACITY[j] + b] = weight(FeatureIds.pair(i, j, a, b));
                    }
                }
            }
        }
    }

    /** The weight of any id (zero for one the model does not weigh). */
    float weight(int id) {
        int key = id & mask;
        for (int slot = key & slotMask; ; slot = (slot + 1) & slotMask) {
            int at = nonZero[2 * slot];
            if (at == key) {
                return Float.intBitsToFloat(nonZero[2 * slot + 1]);
            }
            if (at < 0) {
                return 0;
            }
        }
    }

    /** The weight of a template's small value alone. */
    float small(int template, int value) {
        return small[template * FeatureIds.SMALL_VALUES + value];
    }

    /** The weight of a template's small value joined with a context. */
    float inContext(int template, int value, int context) {
        return inContext[context * small.length + template * FeatureIds.SMALL_VALUES + value];
    }

    /** The weight at {@code at} in the table of pairs of small core values (see {@link FeatureIds#PAIR_START}). */
    float pair(int at) {
        return pairs[at];
    }
}
