package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How much of what a workspace teaches the finder to keep, decided on the workspace's own articles:
 * each is left out of the teaching in turn (up to five folds) and scored with the changes at several
 * strengths; a stronger one is kept only when it names clearly more speakers right in the articles
 * left out (at least two quotes and 2 % more than the best weaker one). So teaching news the shipped model already reads well changes little or nothing,
 * and a house style it reads wrong is taken whole.
 */
public final class TeachingStrength {
    static final float[] STRENGTHS = {0, 0.25f, 0.5f, 1};
    static final int FOLDS = 5;

    private TeachingStrength() {
    }

    /** The strength to keep; 1 when there are fewer than two articles to check with. */
    public static float choose(RankerModel base, List<List<RankerTrainer.Example>> articles,
            BiFunction<RankerModel, List<RankerTrainer.Example>, RankerModel> teach) {
        int n = articles.size();
        if (n < 2) {
            return 1;
        }
        int folds = Math.min(FOLDS, n);
        int[] right = new int[STRENGTHS.length];
        int total = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<RankerTrainer.Example> taught = new ArrayList<>();
            List<RankerTrainer.Example> left = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (i % folds == fold ? left : taught).addAll(articles.get(i));
            }
            RankerModel changes = teach.apply(base, taught);
            total += left.size();
            for (int s = 0; s < STRENGTHS.length; s++) {
                right[s] += FinderTeacher.chosenRight(base.plus(changes.times(STRENGTHS[s])), left);
            }
        }
        // A stronger teaching must earn its place: a quote or two either way is noise on a few articles.
        int needed = Math.max(2, (int) Math.ceil(0.02 * total));
        int best = 0;
        for (int s = 1; s < STRENGTHS.length; s++) {
            if (right[s] - right[best] >= needed) {
                best = s;
            }
        }
        return STRENGTHS[best];
    }
}
