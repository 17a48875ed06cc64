package org.quotebench.suggest;

import java.util.Arrays;

/**
 * Turns what {@link CandidateFeatures} reads of one candidate into hashed feature ids: each feature
 * alone and joined with the candidate's side and kind (its context), and every pair of its core
 * values. Collects the ids (for training), or, when scoring, adds up the model's weights of those
 * same ids in the order they are made, reading the weights of small values from the model's
 * {@link RankerTables} instead of hashing them: the sum is the one the ids would give, to the bit.
 * One per thread, reused for every candidate (no garbage).
 */
final class FeatureIds {
    /** Templates and values below these have their ids (and, per model, weights) in tables. */
    static final int SMALL_TEMPLATES = 64;
    static final int SMALL_VALUES = 32;
    /** Contexts: side (0 before, 1 after, 2 outside the window) times 8, plus the candidate's kind. */
    static final int CONTEXTS = 24;
    /** The core values that {@link #pairs} joins, at most. */
    static final int CORE = 10;
    /**
     * How many small values each core value takes at most, in the order {@link #pairs} is given them:
     * the context, the quote's shape, the rules' relation, previous, inherits, the distance's bucket,
     * the rank, the sentences and the cue between, a paragraph between. The weights of the pairs of
     * values below these are kept in a table of a few kilobytes ({@link RankerTables#pair}); any
     * other value (none today) is weighed by its id.
     */
    static final int[] CAPACITY = {CONTEXTS, 10, 3, 2, 2, 10, 5, 3, 8, 2};

    int[] ids = new int[192];
    int size;
    /** The context of the candidate being read, set before its features are added. */
    int context;
    /** The core values of the candidate being read, kept for {@link #pairs}. */
    private final int[] core = new int[CORE];
    /** While scoring: the model's weights and the sum so far; null while collecting ids. */
    private RankerTables tables;
    private float sum;

    /** Starts a candidate whose ids are kept. */
    void collect() {
        tables = null;
        size = 0;
    }

    /** Starts a candidate whose ids are weighed by {@code model} as they are made, and not kept. */
    void score(RankerTables model) {
        if (model != remembered) {
            remember(model);
        }
        tables = model;
        sum = 0;
        size = 0;
    }

    /** The sum of the weights of the ids made since {@link #score}. */
    float sum() {
        return sum;
    }

    void add(int template, int value) {
        if (template < SMALL_TEMPLATES && value >= 0 && value < SMALL_VALUES) {
            if (tables != null && context >= 0 && context < CONTEXTS) {
                sum += tables.small(template, value);
                sum += tables.inContext(template, value, context);
                return;
            }
            int id = SMALL[template][value];
            push(id);
            push(mix(id, 1000 + context));
            return;
        }
        int id = mix(template, value);
        push(id);
        push(mix(id, 1000 + context));
    }

    void addWord(int template, String word) {
        add(template, word.hashCode());
    }

    /** Every pair of the five values every candidate has, so that the linear model can weigh them together. */
    void pairs(int context, int shape, int rules, int previous, int inherits) {
        first(context, shape, rules, previous, inherits);
        pairs(5);
    }

    /** Every pair of the ten core values of a candidate in the window. */
    void pairs(int context, int shape, int rules, int previous, int inherits, int distance, int rank, int sentences, int cue,
            int paragraph) {
        first(context, shape, rules, previous, inherits);
        core[5] = distance;
        core[6] = rank;
        core[7] = sentences;
        core[8] = cue;
        core[9] = paragraph;
        pairs(10);
    }

    private void first(int context, int shape, int rules, int previous, int inherits) {
        core[0] = context;
        core[1] = shape;
        core[2] = rules;
        core[3] = previous;
        core[4] = inherits;
    }

    private void pairs(int n) {
        for (int i = 0; i < n; i++) {
            int vi = core[i];
            boolean smallI = vi >= 0 && vi < SMALL_VALUES;
            boolean inTable = vi >= 0 && vi < CAPACITY[i];
            for (int j = i + 1; j < n; j++) {
                int vj = core[j];
                if (tables != null && inTable && vj >= 0 && vj < CAPACITY[j]) {
                    sum += tables.pair(PAIR_START[i * 16 + j] + vi * CAPACITY[j] + vj);
                    continue;
                }
                int pair = i * 16 + j;
                int first = smallI ? PAIRS[pair][vi] : mix(900 + pair, vi);
                push(mix(first, vj));
            }
        }
    }

    /**
     * The weights of the ids weighed last, by id, most recent in each slot: each id and its weight's bits
     * in one long. The words around quotes recur (a window's last word before the quote is read for each
     * of its candidates, "said" and "the" in every window), and this table stays in the nearest cache
     * where the model's table of weights does not.
     */
    private final long[] recent = new long[RECENT];
    private static final int RECENT = 2048;
    /** The model {@link #recent} holds weights of. */
    private RankerTables remembered;

    private void remember(RankerTables model) {
        long none = Integer.toUnsignedLong(Float.floatToRawIntBits(model.weight(0))); // every slot holds id 0, with its weight
        Arrays.fill(recent, none);
        remembered = model;
    }

    /** The model's weight of {@code id}: {@link RankerTables#weight}, remembered. */
    private float weight(int id) {
        int slot = (id ^ id >>> 16) & (RECENT - 1);
        long entry = recent[slot];
        if ((int) (entry >>> 32) == id) {
            return Float.intBitsToFloat((int) entry);
        }
        float w = tables.weight(id);
        recent[slot] = (long) id << 32 | Integer.toUnsignedLong(Float.floatToRawIntBits(w));
        return w;
    }

    private void push(int id) {
        if (tables != null) {
            sum += weight(id);
            return;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /**
     * The ids of the small values (all but words) of the templates and of the first values of the
     * pairs, mixed once: hashing is most of the cost of reading a candidate's features.
     */
    private static final int[][] SMALL = new int[SMALL_TEMPLATES][SMALL_VALUES];
    private static final int[][] PAIRS = new int[16 * 16][SMALL_VALUES];
    /** Where the weights of pair (i, j) start in {@link RankerTables}' table of pairs, at i * 16 + j: a block of CAPACITY[i] by CAPACITY[j]. */
    static final int[] PAIR_START = new int[16 * 16];
    /** The size of that table: every pair's block. */
    static final int PAIR_TABLE;

    static {
        for (int t = 0; t < SMALL_TEMPLATES; t++) {
            for (int v = 0; v < SMALL_VALUES; v++) {
                SMALL[t][v] = mix(t, v);
            }
        }
        for (int p = 0; p < PAIRS.length; p++) {
            for (int v = 0; v < SMALL_VALUES; v++) {
                PAIRS[p][v] = mix(900 + p, v);
            }
        }
        int n = 0;
        for (int i = 0; i < CORE; i++) {
            for (int j = i + 1; j < CORE; j++) {
                PAIR_START[i * 16 + j] = n;
                n += CAPACITY[i] * CAPACITY[j];
            }
        }
        PAIR_TABLE = n;
    }

    /** The id of a small value of a template alone. */
    static int small(int template, int value) {
        return SMALL[template][value];
    }

    /** The id of the pair (i, j) of core values (vi, vj), both small. */
    static int pair(int i, int j, int vi, int vj) {
        return mix(PAIRS[i * 16 + j][vi], vj);
    }

    static int mix(int a, int b) {
        int h = a * 0x9E3779B1 + b;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
