package org.quotebench.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How far two annotators agree on the quotes of the same articles: span F1 with exact and with
 * overlapping spans, and, over the quotes both marked (matched one to one by largest overlap), how
 * often they give the same speaker, and Cohen's kappa on kind and on verdict. Pure functions.
 */
public final class Agreement {
    private Agreement() {
    }

    /** Two annotators' quotes of one article. */
    public record Pair(List<Annotation> a, List<Annotation> b) {
    }

    /** The figures for one article or for all of them together; NaN where there is nothing to compare. */
    public record Figures(int a, int b, int exact, int overlapping, double spanF1Exact, double spanF1Overlap, double speakerAgreement,
            double kappaKind, double kappaVerdict) {
    }

    public static Figures of(Pair pair) {
        return of(List.of(pair));
    }

    /** Figures pooled over several articles (micro-averaged: every quote counts once). */
    public static Figures of(List<Pair> pairs) {
        int a = 0;
        int b = 0;
        int exact = 0;
        List<Annotation[]> matched = new ArrayList<>();
        for (Pair pair : pairs) {
            a += pair.a().size();
            b += pair.b().size();
            exact += (int) pair.a().stream().filter(x -> pair.b().stream().anyMatch(y -> y.span().equals(x.span()))).count();
            matched.addAll(matchByOverlap(pair.a(), pair.b()));
        }
        int bothSpeakers = 0;
        int sameSpeaker = 0;
        for (Annotation[] m : matched) {
            if (m[0].speaker().isPresent() || m[1].speaker().isPresent() || m[0].mention().isPresent() || m[1].mention().isPresent()) {
                bothSpeakers++;
                if (sameSpeaker(m[0], m[1])) {
                    sameSpeaker++;
                }
            }
        }
        return new Figures(a, b, exact, matched.size(), f1(exact, a, b), f1(matched.size(), a, b),
                bothSpeakers == 0 ? Double.NaN : (double) sameSpeaker / bothSpeakers, kappa(matched, Annotation::kind),
                kappa(matched, Annotation::verdict));
    }

    private static double f1(int matches, int a, int b) {
        return a + b == 0 ? Double.NaN : 2.0 * matches / (a + b);
    }

    /** One-to-one pairs of overlapping quotes, largest overlaps first. */
    static List<Annotation[]> matchByOverlap(List<Annotation> a, List<Annotation> b) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                int overlap = Math.min(a.get(i).span().end(), b.get(j).span().end()) - Math.max(a.get(i).span().start(), b.get(j).span().start());
                if (overlap > 0) {
                    candidates.add(new int[] {i, j, overlap});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        List<Annotation[]> matched = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedA[c[0]] && !usedB[c[1]]) {
                usedA[c[0]] = true;
                usedB[c[1]] = true;
                matched.add(new Annotation[] {a.get(c[0]), b.get(c[1])});
            }
        }
        return matched;
    }

    /** The same speaker: the same name (ignoring case), or mentions that overlap when a name is missing. */
    static boolean sameSpeaker(Annotation x, Annotation y) {
        if (x.speaker().isPresent() && y.speaker().isPresent()) {
            return x.speaker().get().toLowerCase(Locale.ROOT).equals(y.speaker().get().toLowerCase(Locale.ROOT));
        }
        Optional<Boolean> mentions = x.mention().flatMap(m -> y.mention().map(n -> m.start() < n.end() && n.start() < m.end()));
        return mentions.orElse(false);
    }

    /** Cohen's kappa of the two annotators' labels over the matched quotes; NaN when both give one and the same label throughout. */
    static <T> double kappa(List<Annotation[]> matched, Function<Annotation, T> label) {
        int n = matched.size();
        if (n == 0) {
            return Double.NaN;
        }
        Map<T, Integer> countA = new HashMap<>();
        Map<T, Integer> countB = new HashMap<>();
        int agree = 0;
        for (Annotation[] m : matched) {
            T x = label.apply(m[0]);
            T y = label.apply(m[1]);
            countA.merge(x, 1, Integer::sum);
            countB.merge(y, 1, Integer::sum);
            if (x.equals(y)) {
                agree++;
            }
        }
        double observed = (double) agree / n;
        double expected = 0;
        for (Map.Entry<T, Integer> e : countA.entrySet()) {
            expected += (double) e.getValue() / n * countB.getOrDefault(e.getKey(), 0) / n;
        }
        return expected >= 1.0 ? Double.NaN : (observed - expected) / (1 - expected);
    }
}
