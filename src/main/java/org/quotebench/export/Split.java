package org.quotebench.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.quotebench.core.QuotebenchException;

/**
 * A train/dev/test split by article: the articles, in a fixed order (by uuid), shuffled with the
 * seed and cut by the given shares. The same workspace and seed always give the same split, and an
 * article's quotes never straddle two parts.
 */
public record Split(int train, int dev, int test, long seed) {
    public static final List<String> PARTS = List.of("train", "dev", "test");

    public Split {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test != 100) {
            throw new QuotebenchException("A split is three shares that add up to 100, such as 80/10/10.");
        }
    }

    /** "80/10/10" (or "80,10,10"). */
    public static Split parse(String shares, long seed) {
        String[] parts = shares.strip().split("[/,:]");
        if (parts.length != 3) {
            throw new QuotebenchException("A split is three shares that add up to 100, such as 80/10/10; got '" + shares + "'.");
        }
        try {
            return new Split(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()),
                    seed);
        } catch (NumberFormatException e) {
            throw new QuotebenchException("A split is three whole numbers that add up to 100, such as 80/10/10; got '" + shares + "'.");
        }
    }

    /** The train, dev and test articles, in that order. */
    public List<List<ExportedArticle>> apply(List<ExportedArticle> articles) {
        List<ExportedArticle> order = new ArrayList<>(articles);
        order.sort(Comparator.comparing(a -> a.article().info().uuid()));
        Collections.shuffle(order, new Random(seed));
        int n = order.size();
        int trainEnd = (int) Math.round(n * train / 100.0);
        int devEnd = Math.min(n, trainEnd + (int) Math.round(n * dev / 100.0));
        if (test == 0) {
            devEnd = n;
        }
        return List.of(List.copyOf(order.subList(0, trainEnd)), List.copyOf(order.subList(trainEnd, devEnd)),
                List.copyOf(order.subList(devEnd, n)));
    }
}
