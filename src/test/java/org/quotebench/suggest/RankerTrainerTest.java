package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The averaged perceptron and the model's file, on made-up candidates. */
class RankerTrainerTest {
    private static final int RIGHT = 7;
    private static final int WRONG = 8;

    /** Quotes of three to six candidates: the right one carries feature 7, the others 8; all carry noise. */
    private static List<RankerTrainer.Example> examples(int count, long seed) {
        Random random = new Random(seed);
        List<RankerTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 3 + random.nextInt(4);
            int right = random.nextInt(n);
            int[][] candidates = new int[n][];
            boolean[] isRight = new boolean[n];
            for (int k = 0; k < n; k++) {
                candidates[k] = new int[] {k == right ? RIGHT : WRONG, 100 + random.nextInt(50), 200 + random.nextInt(50)};
                isRight[k] = k == right;
            }
            out.add(new RankerTrainer.Example(candidates, isRight));
        }
        return out;
    }

    private static double accuracy(RankerModel model, List<RankerTrainer.Example> test) {
        int ok = 0;
        for (RankerTrainer.Example e : test) {
            int best = 0;
            for (int k = 1; k < e.candidates().length; k++) {
                if (model.score(e.candidates()[k]) > model.score(e.candidates()[best])) {
                    best = k;
                }
            }
            ok += e.right()[best] ? 1 : 0;
        }
        return (double) ok / test.size();
    }

    @Test
    void itLearnsWhichFeatureMarksTheSpeaker() {
        RankerModel model = RankerTrainer.train(examples(300, 1), 5, 42);
        assertThat(model.weight(RIGHT)).isGreaterThan(model.weight(WRONG));
        assertThat(accuracy(model, examples(200, 2))).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        List<RankerTrainer.Example> data = examples(200, 3);
        assertThat(RankerTrainer.train(data, 4, 9).format()).isEqualTo(RankerTrainer.train(data, 4, 9).format());
        assertThat(RankerTrainer.train(data, 4, 9, 3).format()).isEqualTo(RankerTrainer.train(data, 4, 9, 3).format());
    }

    @Test
    void quotesWithoutARightCandidateTeachNothing() {
        int[][] candidates = {{1, 2}, {3}};
        RankerModel model = RankerTrainer.train(List.of(new RankerTrainer.Example(candidates, new boolean[2])), 3, 1);
        assertThat(model.weight(1)).isZero();
        assertThat(model.weight(3)).isZero();
        assertThatThrownBy(() -> new RankerTrainer.Example(candidates, new boolean[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelFileKeepsWeightsNotesAndMargin() {
        RankerModel model = RankerTrainer.train(examples(100, 4), 3, 5).withNotes(List.of("trained on made-up quotes"))
                .withMargin(12.5f);
        String text = model.format();
        assertThat(text).startsWith("# trained on made-up quotes\nfeatures " + CandidateFeatures.VERSION + "\n");
        RankerModel back = RankerModel.parse(text);
        assertThat(back.notes()).containsExactly("trained on made-up quotes");
        assertThat(back.margin()).isEqualTo(12.5f);
        for (RankerTrainer.Example e : examples(20, 6)) {
            for (int[] c : e.candidates()) {
                assertThat(back.score(c)).isCloseTo(model.score(c), org.assertj.core.data.Offset.offset(1e-3f * (1 + Math.abs(model.score(c)))));
            }
        }
    }

    @Test
    void aModelOfOtherFeaturesOrBrokenLinesIsRefused() {
        String other = "# old\nfeatures " + (CandidateFeatures.VERSION + 1) + "\nbits " + RankerModel.BITS + "\n7 1.5\n";
        assertThatThrownBy(() -> RankerModel.parse(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("train it again");
        String broken = "features " + CandidateFeatures.VERSION + "\nbits " + RankerModel.BITS + "\n7 heavy\n";
        assertThatThrownBy(() -> RankerModel.parse(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void theShippedModelSaysHowItWasMade() {
        RankerModel shipped = RankerModel.shipped().orElseThrow();
        assertThat(String.join("\n", shipped.notes())).contains("command: mvn", "exec:java@train-finder", "data:", "trained: ",
                "cross-validation");
        assertThat(new QuoteFinder().learned()).isTrue();
        assertThat(QuoteFinder.rulesOnly().learned()).isFalse();
    }
}
