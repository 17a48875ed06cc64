package org.quotebench.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The speaker ranker's weights: one number per hashed feature id. Stored as text, "# " lines first
 * (how and on what it was trained), then "features N" (the {@link CandidateFeatures#VERSION} it was
 * trained with), "bits B", and one "id weight" line per feature that is not zero.
 */
public final class RankerModel {
    /** The model shipped in the jar. */
    public static final String RESOURCE = "/org/quotebench/suggest/speaker-ranker.txt";
    static final int BITS = 20;

    private final float[] weights;
    private final List<String> notes;

    RankerModel(float[] weights, List<String> notes) {
        if (weights.length != 1 << BITS) {
            throw new IllegalArgumentException("a model has 2^" + BITS + " weights, not " + weights.length);
        }
        this.weights = weights;
        this.notes = List.copyOf(notes);
    }

    /** The model in the jar, or empty when the jar has none (the rules alone then choose speakers). */
    public static Optional<RankerModel> shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final Optional<RankerModel> MODEL = load();

        private static Optional<RankerModel> load() {
            try (InputStream in = RankerModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a model written by {@link #write}; refuses one trained on other features. */
    public static RankerModel read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        float[] weights = new float[1 << BITS];
        List<String> notes = new java.util.ArrayList<>();
        int version = -1;
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
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
                    case "bits" -> {
                        if (Integer.parseInt(parts[1]) != BITS) {
                            throw new IOException("the model has " + parts[1] + " bits, this finder reads " + BITS);
                        }
                    }
                    default -> weights[Integer.parseInt(parts[0])] = Float.parseFloat(parts[1]);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("line " + number + " of the model is not \"id weight\": " + line);
            }
        }
        if (version != CandidateFeatures.VERSION) {
            throw new IOException("the model was trained on features version " + version + ", this finder computes version "
                    + CandidateFeatures.VERSION + "; train it again (mvn -q -B -o -DskipTests package exec:java@train-finder)");
        }
        return new RankerModel(weights, notes);
    }

    /** Writes the notes as "# " lines and the weights that are not zero, in id order. */
    public void write(Writer out) throws IOException {
        for (String note : notes) {
            out.write("# " + note + "\n");
        }
        out.write("features " + CandidateFeatures.VERSION + "\n");
        out.write("bits " + BITS + "\n");
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                out.write(i + " " + String.format(Locale.ROOT, "%.4g", weights[i]) + "\n");
            }
        }
    }

    /** The same weights with other notes (the training's record). */
    public RankerModel withNotes(List<String> newNotes) {
        return new RankerModel(weights, newNotes);
    }

    /** What the model's file says about how it was made. */
    public List<String> notes() {
        return notes;
    }

    float score(int[] features) {
        float sum = 0;
        int mask = weights.length - 1;
        for (int id : features) {
            sum += weights[id & mask];
        }
        return sum;
    }
}
