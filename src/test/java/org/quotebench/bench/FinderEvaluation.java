package org.quotebench.bench;

import java.nio.file.Path;
import java.util.List;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.suggest.RankerModel;
import org.quotebench.suggest.RankerTrainer;

public final class FinderEvaluation {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        BratCorpus train = BratCorpus.read(Path.of("../shared/polnear/train"));
        BratCorpus dev = BratCorpus.read(Path.of("../shared/polnear/dev"));
        List<RankerData.DocExamples> trainEx = RankerData.label(train);
        List<RankerData.DocExamples> devEx = RankerData.label(dev);
        long n = trainEx.stream().mapToLong(d -> d.examples().size()).sum();
        System.out.printf("labelled %d train quotes in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (long seed = 1; seed <= (args.length > 1 ? Integer.parseInt(args[1]) : 1); seed++) {
            long t1 = System.nanoTime();
            PolnearScore cv = RankerData.crossValidate(trainEx, 5, epochs, seed, 1, 0);
            RankerModel model = RankerTrainer.train(RankerData.trainingFolds(trainEx, 5, -1), epochs, seed);
            PolnearScore d = RankerData.score(devEx, 5, -1, new QuoteFinder(model));
            System.out.printf("epochs %d seed %d: CV train %s%n   dev %s  (%.1f s)%n", epochs, seed, cv.summary(), d.summary(),
                    (System.nanoTime() - t1) / 1e9);
        }
    }
}
