package org.quotebench.bench;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Span;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.suggest.RankerExamples;
import org.quotebench.suggest.RankerModel;
import org.quotebench.suggest.RankerTrainer;

/**
 * Training examples for the speaker ranker from a brat corpus: every quote the finder keeps that
 * lies in a gold attribution's content, each candidate right when it overlaps one of that
 * attribution's sources (what the scorer counts as the right mention). Also k-fold splits and
 * scoring, so that settings are chosen by cross-validation on train, never on dev.
 */
final class RankerData {
    /** One article's examples. */
    record DocExamples(BratCorpus.Doc doc, List<RankerTrainer.Example> examples) {
    }

    private RankerData() {
    }

    static List<DocExamples> label(BratCorpus corpus) {
        List<DocExamples> out = new ArrayList<>();
        for (BratCorpus.Doc doc : corpus.docs()) {
            out.add(new DocExamples(doc, label(doc)));
        }
        return out;
    }

    static List<RankerTrainer.Example> label(BratCorpus.Doc doc) {
        String text = doc.text();
        int[] cps = text.codePoints().toArray();
        CodePointIndex index = new CodePointIndex(text);
        List<RankerTrainer.Example> examples = new ArrayList<>();
        for (RankerExamples.QuoteCandidates q : RankerExamples.of(text)) {
            BratCorpus.Bound quote = PolnearScore.trim(cps, index.toCodePoint(q.quote().start()), index.toCodePoint(q.quote().end()));
            if (quote.end() <= quote.start()) {
                continue;
            }
            BratCorpus.Unit unit = doc.units().stream().filter(u -> PolnearScore.inside(quote, u.content())).findFirst().orElse(null);
            if (unit == null || unit.sources().isEmpty()) {
                continue;
            }
            boolean[] right = new boolean[q.candidates().size()];
            for (int k = 0; k < right.length; k++) {
                Span s = q.candidates().get(k);
                int start = index.toCodePoint(s.start());
                int end = index.toCodePoint(s.end());
                right[k] = unit.sources().stream().anyMatch(src -> Math.min(end, src.end()) > Math.max(start, src.start()));
            }
            examples.add(new RankerTrainer.Example(q.features(), right));
        }
        return examples;
    }

    /** The examples of every article but those in fold {@code fold} of {@code k} (all when fold is -1). */
    static List<RankerTrainer.Example> trainingFolds(List<DocExamples> docs, int k, int fold) {
        List<RankerTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (fold < 0 || i % k != fold) {
                out.addAll(docs.get(i).examples());
            }
        }
        return out;
    }

    /** Scores a finder on the articles of fold {@code fold} of {@code k} (all when fold is -1). */
    static PolnearScore score(List<DocExamples> docs, int k, int fold, QuoteFinder finder) {
        PolnearScore score = new PolnearScore();
        for (int i = 0; i < docs.size(); i++) {
            if (fold < 0 || i % k == fold) {
                score.add(docs.get(i).doc(), finder.find(docs.get(i).doc().text()));
            }
        }
        return score;
    }

    /** One model, or the average of {@code seeds} models from seed {@code seed} on. */
    static RankerModel train(List<RankerTrainer.Example> examples, int epochs, long seed, int seeds) {
        return seeds <= 1 ? RankerTrainer.train(examples, epochs, seed) : RankerTrainer.train(examples, epochs, seed, seeds);
    }

    /** Speaker accuracy of k-fold cross-validation: each fold scored by a model trained on the others; the folds' counts summed. */
    static PolnearScore crossValidate(List<DocExamples> docs, int k, int epochs, long seed, int seeds, float margin) {
        PolnearScore total = new PolnearScore();
        for (int fold = 0; fold < k; fold++) {
            RankerModel model = train(trainingFolds(docs, k, fold), epochs, seed, seeds).withMargin(margin);
            total.addAll(score(docs, k, fold, new QuoteFinder(model)));
        }
        return total;
    }
}
