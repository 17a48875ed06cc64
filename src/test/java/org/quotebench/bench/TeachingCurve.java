package org.quotebench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.ConfirmedQuote;
import org.quotebench.core.Span;
import org.quotebench.suggest.FinderTeacher;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.suggest.RankerModel;
import org.quotebench.suggest.RankerTrainer;
import org.quotebench.suggest.TeachingStrength;

/**
 * How much "Teach the finder from this workspace" helps (issue 21): starting from the shipped model,
 * teach it the gold attributions of 5, 10, 20 and 40 PolNeAR dev articles, as a user's confirmed
 * quotes (the quote, its speaker's mention, the mention's words as the speaker's name), and score
 * speakers on the 44 dev articles never taught, three orders of the articles for the spread.
 * {@code -Dexec.args=tune} instead chooses the teaching's passes and step by 5-fold cross-validation on
 * train (a model trained on four folds, taught 20 articles of the fifth, scored on the fifth's rest).
 *
 * <pre>mvn -q -B -o -DskipTests package exec:java@teaching-curve</pre>
 */
public final class TeachingCurve {
    private static final int[] TAUGHT = {5, 10, 20, 40};
    private static final int ORDERS = 3;

    private TeachingCurve() {
    }

    public static void main(String[] args) throws IOException {
        Path polnear = Reference.folder().resolve("polnear");
        if (!Files.isDirectory(polnear.resolve("dev"))) {
            System.err.println("teaching-curve: no PolNeAR at " + Reference.describe(polnear) + " (set -Dquotebench.reference)");
            System.exit(1);
        }
        if (args.length > 0 && args[0].equals("tune")) {
            tune(BratCorpus.read(polnear.resolve("train")));
        } else {
            curve(BratCorpus.read(polnear.resolve("dev")));
        }
    }

    private static void curve(BratCorpus dev) {
        List<BratCorpus.Doc> docs = new ArrayList<>(dev.docs());
        List<BratCorpus.Doc> pool = docs.subList(0, 40);
        List<BratCorpus.Doc> rest = docs.subList(40, docs.size());
        RankerModel base = RankerModel.base();
        PolnearScore shipped = score(rest, new QuoteFinder(base));
        System.out.printf(Locale.ROOT, "Teaching the shipped model dev articles' gold, scored on the other %d dev articles"
                + " (passes %d, margin %.0f)%n", rest.size(), FinderTeacher.EPOCHS, FinderTeacher.MARGIN);
        System.out.printf(Locale.ROOT, "| articles taught | quotes taught | speaker accuracy (mean of %d orders) | lowest–highest |%n", ORDERS);
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| 0 (shipped) | 0 | %.3f | |%n", shipped.speakerAccuracy());
        for (int k : TAUGHT) {
            double sum = 0;
            double low = 1;
            double high = 0;
            int quotes = 0;
            for (int order = 0; order < ORDERS; order++) {
                List<BratCorpus.Doc> shuffled = new ArrayList<>(pool);
                Collections.shuffle(shuffled, new Random(order));
                FinderTeacher.Lesson lesson = teach(base, shuffled.subList(0, k));
                double accuracy = score(rest, new QuoteFinder(base.plus(lesson.changes()))).speakerAccuracy();
                sum += accuracy;
                low = Math.min(low, accuracy);
                high = Math.max(high, accuracy);
                quotes += lesson.quotes();
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %.3f | %.3f–%.3f |%n", k, quotes / ORDERS, sum / ORDERS, low, high);
        }
    }

    private static void tune(BratCorpus train) {
        List<BratCorpus.Doc> docs = train.docs();
        int folds = 5;
        int[] epochs = {3, 10};
        float[] margins = {1, 4};
        float[] caps = {0.1f, 0.5f, 2};
        List<RankerData.DocExamples> labelled = RankerData.label(train);
        double[][][] right = new double[epochs.length][margins.length][caps.length];
        double none = 0;
        for (int fold = 0; fold < folds; fold++) {
            RankerModel base = RankerData.train(RankerData.trainingFolds(labelled, folds, fold), TrainFinder.EPOCHS, 1, 1)
                    .withMargin(TrainFinder.MARGIN);
            List<BratCorpus.Doc> held = new ArrayList<>();
            for (int i = fold; i < docs.size(); i += folds) {
                held.add(docs.get(i));
            }
            List<BratCorpus.Doc> taught = held.subList(0, 20);
            List<BratCorpus.Doc> rest = held.subList(40, held.size());
            none += score(rest, new QuoteFinder(base)).speakerAccuracy() / folds;
            List<List<RankerTrainer.Example>> examples = taught.stream().map(d -> FinderTeacher.examples(confirmed(d))).toList();
            List<RankerTrainer.Example> all = new ArrayList<>();
            examples.forEach(all::addAll);
            for (int e = 0; e < epochs.length; e++) {
                for (int m = 0; m < margins.length; m++) {
                    for (int c = 0; c < caps.length; c++) {
                        int passes = epochs[e];
                        float margin = margins[m];
                        float cap = caps[c];
                        java.util.function.BiFunction<RankerModel, List<RankerTrainer.Example>, RankerModel> teach =
                                (from, some) -> RankerTrainer.teach(from, some, passes, 21, margin, cap);
                        float strength = TeachingStrength.choose(base, examples, teach);
                        RankerModel changes = teach.apply(base, all).times(strength);
                        right[e][m][c] += score(rest, new QuoteFinder(base.plus(changes))).speakerAccuracy() / folds;
                    }
                }
            }
            System.err.printf(Locale.ROOT, "fold %d done%n", fold);
        }
        System.out.printf(Locale.ROOT, "not taught: %.4f%n", none);
        for (int e = 0; e < epochs.length; e++) {
            for (int m = 0; m < margins.length; m++) {
                for (int c = 0; c < caps.length; c++) {
                    System.out.printf(Locale.ROOT, "passes %2d margin %3.0f most %4.1f: %.4f%n", epochs[e], margins[m], caps[c], right[e][m][c]);
                }
            }
        }
    }

    private static FinderTeacher.Lesson teach(RankerModel base, List<BratCorpus.Doc> docs) {
        return FinderTeacher.teach(base, docs.stream().map(d -> FinderTeacher.examples(confirmed(d))).toList());
    }

    /** A gold article as a user's confirmed quotes: each attribution's content, first source, and the source's words as the name. */
    static ConfirmedArticle confirmed(BratCorpus.Doc doc) {
        CodePointIndex index = new CodePointIndex(doc.text());
        List<ConfirmedQuote> quotes = new ArrayList<>();
        for (BratCorpus.Unit unit : doc.units()) {
            if (unit.sources().isEmpty()) {
                continue;
            }
            BratCorpus.Bound source = unit.sources().get(0);
            if (source.end() <= source.start() || unit.content().end() <= unit.content().start()) {
                continue; // a bound trimmed to nothing
            }
            Span mention = index.toSpan(source.start(), source.end());
            String words = doc.text().substring(mention.start(), mention.end());
            List<String> names = Character.isUpperCase(words.codePointAt(0)) ? List.of(words) : List.of();
            quotes.add(new ConfirmedQuote(index.toSpan(unit.content().start(), unit.content().end()), Optional.of(mention), names));
        }
        return new ConfirmedArticle(0, doc.text(), quotes);
    }

    private static PolnearScore score(List<BratCorpus.Doc> docs, QuoteFinder finder) {
        PolnearScore score = new PolnearScore();
        docs.forEach(d -> score.add(d, finder.find(d.text())));
        return score;
    }
}
