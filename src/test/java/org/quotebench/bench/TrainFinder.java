package org.quotebench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.suggest.RankerModel;
import org.quotebench.suggest.RankerTrainer;

/**
 * Trains the quote finder's speaker ranker on a brat corpus and writes it where the jar takes it
 * from, with how it was made and how well it does (5-fold cross-validation on the corpus; PolNeAR
 * dev too when it is there) in the file's header.
 * Run with: mvn -q -B -o -DskipTests package exec:java@train-finder
 * [-Dexec.args="DIR --epochs 10 --seed 1 --seeds 5 --margin 20 --out FILE"]; deterministic for given settings.
 */
public final class TrainFinder {
    static final Path DEFAULT_CORPUS = Reference.folder().resolve("polnear").resolve("train");
    static final Path DEFAULT_OUT = Path.of("src/main/resources" + RankerModel.RESOURCE);
    /** Settings chosen by 5-fold cross-validation on PolNeAR train (never on dev): see FinderEvaluation. */
    static final int EPOCHS = 10;
    static final int SEEDS = 5;
    static final float MARGIN = 20;
    static final int FOLDS = 5;

    private TrainFinder() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = DEFAULT_CORPUS;
        Path out = DEFAULT_OUT;
        int epochs = EPOCHS;
        long seed = 1;
        int seeds = SEEDS;
        float margin = MARGIN;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--margin" -> margin = Float.parseFloat(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!BratCorpus.isCorpus(corpus)) {
            System.err.println("train-finder: no brat corpus at " + corpus.toAbsolutePath().normalize()
                    + " (text/ and attributions/ expected); give one with -Dexec.args=DIR");
            System.exit(1);
        }
        long t0 = System.nanoTime();
        List<RankerData.DocExamples> docs = RankerData.label(BratCorpus.read(corpus));
        List<RankerTrainer.Example> all = RankerData.trainingFolds(docs, FOLDS, -1);
        long learnable = all.stream().filter(e -> contains(e.right())).count();
        RankerModel model = RankerData.train(all, epochs, seed, seeds).withMargin(margin);
        PolnearScore cv = RankerData.crossValidate(docs, FOLDS, epochs, seed, seeds, margin);
        PolnearScore rules = RankerData.score(docs, FOLDS, -1, QuoteFinder.rulesOnly());
        List<String> notes = new ArrayList<>(List.of(
                "Quotebench speaker ranker: an averaged perceptron over the hashed features of the candidate speakers",
                "of each quote (org.quotebench.suggest.CandidateFeatures), trained by org.quotebench.bench.TrainFinder.",
                "command: mvn -q -B -o -DskipTests package exec:java@train-finder"
                        + (args.length == 0 ? "" : " -Dexec.args=\"" + String.join(" ", args) + "\""),
                "data: " + Reference.describe(corpus) + " (" + docs.size() + " articles; " + all.size() + " quotes found in a gold attribution, "
                        + learnable + " with a candidate overlapping its source)",
                String.format(Locale.ROOT, "trained: %s, epochs %d, seed %d%s, margin over the rules' adjacent pick %.1f",
                        LocalDate.now(), epochs, seed, seeds > 1 ? ", weights averaged over seeds " + seed + ".." + (seed + seeds - 1) : "",
                        margin),
                "scores on " + corpus.getFileName() + ", " + FOLDS + "-fold cross-validation: " + cv.summary(),
                "  the rules alone there: " + rules.summary()));
        Path dev = corpus.resolveSibling("dev");
        if (!dev.equals(corpus) && BratCorpus.isCorpus(dev)) {
            BratCorpus devCorpus = BratCorpus.read(dev);
            notes.add("scores on " + Reference.describe(dev) + ": " + score(devCorpus, new QuoteFinder(model)).summary());
            notes.add("  the rules alone there: " + score(devCorpus, QuoteFinder.rulesOnly()).summary());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, model.withNotes(notes).format(), StandardCharsets.UTF_8);
        notes.forEach(n -> System.out.println(n));
        System.out.printf(Locale.ROOT, "train-finder: wrote %s (%d KB) in %.0f s%n", out, Files.size(out) / 1024,
                (System.nanoTime() - t0) / 1e9);
    }

    static PolnearScore score(BratCorpus corpus, QuoteFinder finder) {
        PolnearScore s = new PolnearScore();
        corpus.docs().forEach(d -> s.add(d, finder.find(d.text())));
        return s;
    }

    private static boolean contains(boolean[] right) {
        for (boolean r : right) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
