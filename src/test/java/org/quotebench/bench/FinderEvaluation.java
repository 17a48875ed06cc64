package org.quotebench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.quotebench.suggest.GoldSet;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.suggest.RankerModel;
import org.quotebench.suggest.Scores;

/**
 * The quote finder's speakers, rules alone against the learned ranker, measured honestly: on the own
 * fictional set; on PolNeAR train by 5-fold cross-validation (each fold scored by a model trained on
 * the other four); on PolNeAR dev by models trained on all of train; for several seed runs, with their
 * spread; and the mistakes that remain, by category. Settings are TrainFinder's (chosen by
 * cross-validation on train); dev is only reported.
 * Run with: mvn -q -B -o -DskipTests package exec:java@finder-eval [-Dexec.args="--runs 3 --verbose"]
 */
public final class FinderEvaluation {
    private static final Path POLNEAR = Reference.folder().resolve("polnear");

    private FinderEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        int runs = 3;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            }
        }
        ownSet();
        Path train = POLNEAR.resolve("train");
        Path dev = POLNEAR.resolve("dev");
        if (!BratCorpus.isCorpus(train) || !BratCorpus.isCorpus(dev)) {
            System.out.println("polnear: " + train + " or " + dev + " is absent, not evaluated");
            return;
        }
        List<RankerData.DocExamples> trainDocs = RankerData.label(BratCorpus.read(train));
        BratCorpus devCorpus = BratCorpus.read(dev);
        System.out.println("PolNeAR train (" + trainDocs.size() + " articles), rules alone:  "
                + RankerData.score(trainDocs, 1, -1, QuoteFinder.rulesOnly()).summary());
        System.out.println("PolNeAR dev (" + devCorpus.docs().size() + " articles), rules alone:    "
                + TrainFinder.score(devCorpus, QuoteFinder.rulesOnly()).summary());
        System.out.println("PolNeAR dev, the shipped model:  " + TrainFinder.score(devCorpus, new QuoteFinder()).summary());
        List<Double> cvs = new ArrayList<>();
        List<Double> devs = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long seed = 1 + 100L * run;
            PolnearScore cv = RankerData.crossValidate(trainDocs, TrainFinder.FOLDS, TrainFinder.EPOCHS, seed, TrainFinder.SEEDS,
                    TrainFinder.MARGIN);
            RankerModel model = RankerData.train(RankerData.trainingFolds(trainDocs, 1, -1), TrainFinder.EPOCHS, seed,
                    TrainFinder.SEEDS).withMargin(TrainFinder.MARGIN);
            PolnearScore d = TrainFinder.score(devCorpus, new QuoteFinder(model));
            System.out.printf(Locale.ROOT, "run %d (seeds %d..%d): train %d-fold CV %s%n                        dev %s%n", run + 1,
                    seed, seed + TrainFinder.SEEDS - 1, TrainFinder.FOLDS, cv.summary(), d.summary());
            cvs.add(cv.speakerAccuracy());
            devs.add(d.speakerAccuracy());
        }
        System.out.printf(Locale.ROOT, "speaker accuracy over %d runs: train CV %s, dev %s%n", runs, spread(cvs), spread(devs));
        System.out.println("remaining speaker mistakes, dev (shipped model):");
        QuoteFinder shipped = new QuoteFinder();
        categories(devCorpus.docs().size(), i -> devCorpus.docs().get(i), i -> shipped, verbose);
        System.out.println("remaining speaker mistakes, train (5-fold cross-validation, seeds 1..5):");
        List<QuoteFinder> folds = new ArrayList<>();
        for (int fold = 0; fold < TrainFinder.FOLDS; fold++) {
            folds.add(new QuoteFinder(RankerData.train(RankerData.trainingFolds(trainDocs, TrainFinder.FOLDS, fold), TrainFinder.EPOCHS,
                    1, TrainFinder.SEEDS).withMargin(TrainFinder.MARGIN)));
        }
        categories(trainDocs.size(), i -> trainDocs.get(i).doc(), i -> folds.get(i % TrainFinder.FOLDS), verbose);
    }

    private static void ownSet() {
        List<GoldSet.Article> articles = GoldSet.load();
        System.out.println("Own set (" + articles.size() + " fictional articles), rules alone:");
        System.out.print(Scores.of(articles, QuoteFinder.rulesOnly()).report());
        System.out.println("Own set, the shipped model:");
        System.out.print(Scores.of(articles, new QuoteFinder()).report());
    }

    private static String spread(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(Locale.ROOT, "mean %.3f (%.3f–%.3f)", mean, min, max);
    }

    /** Counts the wrong speakers by what went wrong (see {@link MistakeKinds}). */
    private static void categories(int count, IntFunction<BratCorpus.Doc> docs, IntFunction<QuoteFinder> finder, boolean verbose) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            for (MistakeKinds.Mistake m : MistakeKinds.of(docs.apply(i), finder.apply(i))) {
                counts.merge(m.category(), 1, Integer::sum);
                if (verbose) {
                    System.out.println("    " + m);
                }
            }
        }
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
    }
}
