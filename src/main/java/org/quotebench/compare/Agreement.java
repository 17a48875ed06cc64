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
            exact += (int) pair.a().stream().filter(x -> pair.b().stream().anyMatch(y -> y.pieces().equals(x.pieces()))).count();
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

    /** How two annotators' quotes differ: one marked by only one of them, or both with a different span, speaker or kind. */
    public enum DifferenceKind { ONLY_A, ONLY_B, SPAN, SPEAKER, KIND, VERDICT }

    /** A difference, with the quotes' positions in the two lists ({@code -1} where one has none). */
    public record Difference(DifferenceKind kind, int a, int b) {
    }

    /**
     * Every difference between the two annotators' quotes of one article, in text order: quotes only
     * one marked, then for each matched pair the first thing that differs (span, speaker, kind, verdict).
     */
    public static List<Difference> differences(Pair pair) {
        List<int[]> matched = matchIndices(pair.a(), pair.b());
        boolean[] inA = new boolean[pair.a().size()];
        boolean[] inB = new boolean[pair.b().size()];
        List<Difference> differences = new ArrayList<>();
        for (int[] m : matched) {
            inA[m[0]] = true;
            inB[m[1]] = true;
            Annotation x = pair.a().get(m[0]);
            Annotation y = pair.b().get(m[1]);
            DifferenceKind kind = !x.pieces().equals(y.pieces()) ? DifferenceKind.SPAN
                    : !sameSpeaker(x, y) && (x.speaker().isPresent() || y.speaker().isPresent()) ? DifferenceKind.SPEAKER
                    : x.kind() != y.kind() ? DifferenceKind.KIND : x.verdict() != y.verdict() ? DifferenceKind.VERDICT : null;
            if (kind != null) {
                differences.add(new Difference(kind, m[0], m[1]));
            }
        }
        for (int i = 0; i < inA.length; i++) {
            if (!inA[i]) {
                differences.add(new Difference(DifferenceKind.ONLY_A, i, -1));
            }
        }
        for (int j = 0; j < inB.length; j++) {
            if (!inB[j]) {
                differences.add(new Difference(DifferenceKind.ONLY_B, -1, j));
            }
        }
        differences.sort(Comparator.comparingInt(d -> d.a() >= 0 ? pair.a().get(d.a()).span().start() : pair.b().get(d.b()).span().start()));
        return differences;
    }

    /** One-to-one pairs of overlapping quotes, largest overlaps first. */
    static List<Annotation[]> matchByOverlap(List<Annotation> a, List<Annotation> b) {
        List<Annotation[]> matched = new ArrayList<>();
        for (int[] m : matchIndices(a, b)) {
            matched.add(new Annotation[] {a.get(m[0]), b.get(m[1])});
        }
        return matched;
    }

    /** The positions of the one-to-one pairs, largest overlaps first. */
    private static List<int[]> matchIndices(List<Annotation> a, List<Annotation> b) {
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
        List<int[]> matched = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedA[c[0]] && !usedB[c[1]]) {
                usedA[c[0]] = true;
                usedB[c[1]] = true;
                matched.add(new int[] {c[0], c[1]});
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
