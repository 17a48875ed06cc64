package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quotebench.core.BundledText;

/**
 * The speaker ranker's weights: one number per hashed feature id. Kept as text, "# " lines first
 * (how and on what it was trained), then "features N" (the {@link CandidateFeatures#VERSION} it was
 * trained with), "bits B", "margin M" (see {@link #margin()}) and one "id weight" line per feature
 * that is not zero.
 */
public final class RankerModel {
    /** The model shipped in the jar. */
    public static final String RESOURCE = "/org/quotebench/suggest/speaker-ranker.txt";
    static final int BITS = 20;

    private final float[] weights;
    private final List<String> notes;
    private final float margin;
    private volatile RankerTables tables;

    RankerModel(float[] weights, List<String> notes) {
        this(weights, notes, 0);
    }

    private RankerModel(float[] weights, List<String> notes, float margin) {
        if (weights.length != 1 << BITS) {
            throw new IllegalArgumentException("a model has 2^" + BITS + " weights, not " + weights.length);
        }
        this.weights = weights;
        this.notes = List.copyOf(notes);
        this.margin = margin;
    }

    /** The model in the jar, or empty when the jar has none (the rules alone then choose speakers). */
    public static Optional<RankerModel> shipped() {
        return Shipped.MODEL;
    }

    /** What a workspace's teaching starts from: the shipped model, or one with every weight zero when the jar has none. */
    /** A model that weighs nothing: every weight zero (what German features start from, see {@link FinderTeacher}). */
    static RankerModel none() {
        return new RankerModel(new float[1 << BITS], List.of());
    }

    public static RankerModel base() {
        return shipped().orElseGet(() -> new RankerModel(new float[1 << BITS], List.of()));
    }

    private static final class Shipped {
        static final Optional<RankerModel> MODEL = BundledText.read(RESOURCE).map(RankerModel::parse);
    }

    /** Reads a model written by {@link #format}; refuses one trained on other features. */
    public static RankerModel parse(String text) {
        float[] weights = new float[1 << BITS];
        List<String> notes = new ArrayList<>();
        int version = -1;
        float margin = 0;
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.startsWith("#")) {
                notes.add(line.substring(1).strip());
                continue;
            }
            String[] parts = line.strip().split(" ");
            if (parts.length != 2) {
                continue;
            }
            try {
                switch (parts[0]) {
                    case "features" -> version = Integer.parseInt(parts[1]);
                    case "margin" -> margin = Float.parseFloat(parts[1]);
                    case "bits" -> {
                        if (Integer.parseInt(parts[1]) != BITS) {
                            throw new IllegalArgumentException("the model has " + parts[1] + " bits, this finder reads " + BITS);
                        }
                    }
                    default -> weights[Integer.parseInt(parts[0])] = Float.parseFloat(parts[1]);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("line " + number + " of the model is not \"id weight\": " + line, e);
            }
        }
        if (version != CandidateFeatures.VERSION) {
            throw new IllegalArgumentException("the model was trained on features version " + version
                    + ", this finder computes version " + CandidateFeatures.VERSION
                    + "; train it again (mvn -q -B -o -DskipTests package exec:java@train-finder)");
        }
        return new RankerModel(weights, notes, margin);
    }

    /** The notes as "# " lines, the settings, and the weights that are not zero in id order. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (String note : notes) {
            out.append("# ").append(note).append('\n');
        }
        out.append("features ").append(CandidateFeatures.VERSION).append('\n');
        out.append("bits ").append(BITS).append('\n');
        out.append("margin ").append(margin).append('\n');
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                out.append(i).append(' ').append(String.format(Locale.ROOT, "%.4g", weights[i])).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * This model with {@code changes} added to its weights (what a workspace taught it, see
     * {@link RankerTrainer#teach}); the notes and margin stay this model's.
     */
    public RankerModel plus(RankerModel changes) {
        float[] sum = weights.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += changes.weights[i];
        }
        return new RankerModel(sum, notes, margin);
    }

    /** The same model with every weight times {@code factor} (for changes kept at a strength). */
    public RankerModel times(float factor) {
        float[] scaled = weights.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new RankerModel(scaled, notes, margin);
    }

    /** How many weights are not zero (for a model of changes: how many features a teaching moved). */
    public int nonZero() {
        int n = 0;
        for (float w : weights) {
            if (w != 0) {
                n++;
            }
        }
        return n;
    }

    /** The weights of the ids made from small values, read on first use ({@link FeatureIds} scores with them). */
    RankerTables tables() {
        RankerTables t = tables;
        if (t == null) {
            t = new RankerTables(weights);
            tables = t; // read again by another thread at worst: the same tables
        }
        return t;
    }

    float[] weights() {
        return weights.clone();
    }

    /** The same weights with other notes (the training's record). */
    public RankerModel withNotes(List<String> newNotes) {
        return new RankerModel(weights, newNotes, margin);
    }

    /**
     * The same weights, overriding an attribution the rules read right next to the quote only when
     * another candidate scores more than {@code newMargin} above the rules' pick.
     */
    public RankerModel withMargin(float newMargin) {
        return new RankerModel(weights, notes, newMargin);
    }

    /** How much better than the rules' adjacent pick a candidate must score to be chosen instead. */
    public float margin() {
        return margin;
    }

    /** What the model's file says about how it was made. */
    public List<String> notes() {
        return notes;
    }

    /** The weight of one feature id. */
    public float weight(int id) {
        return weights[id & (weights.length - 1)];
    }

    float score(int[] features) {
        return score(features, features.length);
    }

    /** The sum of the weights of the first {@code size} feature ids. */
    float score(int[] features, int size) {
        float sum = 0;
        int mask = weights.length - 1;
        for (int i = 0; i < size; i++) {
            sum += weights[features[i] & mask];
        }
        return sum;
    }
}
