package org.quotebench.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between a reference rendering and another: the longest common subsequence
 * of their words, then what the other kept, added, dropped, or changed (a drop next to an addition).
 */
public final class WordDiff {
    public enum Op { KEPT, ADDED, DROPPED, CHANGED }

    /** One step: the reference's words and the other's (one side empty for ADDED and DROPPED). */
    public record Step(Op op, List<Words.Word> reference, List<Words.Word> other) {
    }

    private WordDiff() {
    }

    /** How many words the two share in order (the length of their longest common subsequence). */
    public static int common(List<Words.Word> a, List<Words.Word> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).norm().equals(b.get(j - 1).norm()) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    public static List<Step> between(List<Words.Word> reference, List<Words.Word> other) {
        int n = reference.size();
        int m = other.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = reference.get(i).norm().equals(other.get(j).norm()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Step> steps = new ArrayList<>();
        List<Words.Word> dropped = new ArrayList<>();
        List<Words.Word> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && reference.get(i).norm().equals(other.get(j).norm())) {
                flush(steps, dropped, added);
                append(steps, Op.KEPT, List.of(reference.get(i)), List.of(other.get(j)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(other.get(j++));
            } else {
                dropped.add(reference.get(i++));
            }
        }
        flush(steps, dropped, added);
        return steps;
    }

    private static void flush(List<Step> steps, List<Words.Word> dropped, List<Words.Word> added) {
        if (!dropped.isEmpty() && !added.isEmpty()) {
            steps.add(new Step(Op.CHANGED, List.copyOf(dropped), List.copyOf(added)));
        } else if (!dropped.isEmpty()) {
            steps.add(new Step(Op.DROPPED, List.copyOf(dropped), List.of()));
        } else if (!added.isEmpty()) {
            steps.add(new Step(Op.ADDED, List.of(), List.copyOf(added)));
        }
        dropped.clear();
        added.clear();
    }

    /** Consecutive kept words are one step. */
    private static void append(List<Step> steps, Op op, List<Words.Word> reference, List<Words.Word> other) {
        if (!steps.isEmpty() && steps.get(steps.size() - 1).op() == op) {
            Step last = steps.remove(steps.size() - 1);
            List<Words.Word> r = new ArrayList<>(last.reference());
            r.addAll(reference);
            List<Words.Word> o = new ArrayList<>(last.other());
            o.addAll(other);
            steps.add(new Step(op, List.copyOf(r), List.copyOf(o)));
        } else {
            steps.add(new Step(op, reference, other));
        }
    }

    /**
     * Whether the other rendering differs inside the stretch both cover: a longer or shorter excerpt
     * of the same words (differences only at the ends) is not a different wording.
     */
    public static boolean differsInside(List<Step> steps) {
        int[] kept = keptBounds(steps);
        int first = kept[0];
        int last = kept[1];
        for (int k = first + 1; k < last; k++) {
            if (steps.get(k).op() != Op.KEPT) {
                return true;
            }
        }
        return first < 0 && !steps.isEmpty();
    }

    /** Whether the other rendering has words the reference lacks, inside the stretch both cover. */
    public static boolean addsInside(List<Step> steps) {
        int[] kept = keptBounds(steps);
        for (int k = kept[0] + 1; k < kept[1]; k++) {
            Op op = steps.get(k).op();
            if (op == Op.ADDED || op == Op.CHANGED && steps.get(k).other().size() > steps.get(k).reference().size()) {
                return true;
            }
        }
        return false;
    }

    /** The positions of the first and last kept steps ({@code -1} when none). */
    private static int[] keptBounds(List<Step> steps) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < steps.size(); k++) {
            if (steps.get(k).op() == Op.KEPT) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        return new int[] {first, last};
    }
}
