package org.quotebench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;

/**
 * What changed between two versions of an article's text, word by word: paragraphs that stayed the
 * same are matched first (so a long article costs little), then the words of the paragraphs between
 * them are compared with {@link WordDiff}. Also which quotes of the older version fall in a changed
 * passage, and whether their words are now missing or altered.
 */
public final class VersionChanges {
    /** A stretch of a text, Java indices; empty ({@code start == end}) where words were only added or dropped. */
    public record Range(int start, int end) {
        boolean overlaps(Span span) {
            return start == end ? start > span.start() && start < span.end() : start < span.end() && span.start() < end;
        }
    }

    /** One change: added, dropped or changed words, where they were in the older text and are in the newer. */
    public record Change(WordDiff.Op op, Range before, Range after) {
    }

    /** A quote of the older version in a changed passage: its words now missing (none kept) or altered, and the newer text there. */
    public record QuoteInChange(Quote quote, boolean missing, Optional<Range> now) {
    }

    /** A stretch that stayed the same: {@code length} characters at {@code before} in the older text and {@code after} in the newer. */
    private record Anchor(int before, int after, int length) {
    }

    /** The most cells a word or paragraph alignment may take (about 40 MB of ints); beyond it a passage is one change. */
    private static final long MAX_CELLS = 10_000_000L;

    private final List<Change> changes;
    private final List<Anchor> anchors;

    private VersionChanges(List<Change> changes, List<Anchor> anchors) {
        this.changes = List.copyOf(changes);
        this.anchors = List.copyOf(anchors);
    }

    public List<Change> changes() {
        return changes;
    }

    /** The changes from {@code before} to {@code after}. */
    public static VersionChanges between(String before, String after) {
        List<Range> old = paragraphs(before);
        List<Range> now = paragraphs(after);
        if ((long) old.size() * now.size() > MAX_CELLS) {
            // tens of thousands of lines on both sides: too many to align in memory, the texts are one change
            return new VersionChanges(List.of(new Change(WordDiff.Op.CHANGED, new Range(0, before.length()),
                    new Range(0, after.length()))), List.of());
        }
        int n = old.size();
        int m = now.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(before, old.get(i), after, now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        int i = 0;
        int j = 0;
        int runI = 0;
        int runJ = 0;
        int oldAt = 0; // where the last matched paragraph ended: a run with no paragraph on one side happens there
        int newAt = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(before, old.get(i), after, now.get(j))) {
                compareRun(before, old.subList(runI, i), after, now.subList(runJ, j), oldAt, newAt, changes, anchors);
                oldAt = old.get(i).end();
                newAt = now.get(j).end();
                anchors.add(new Anchor(old.get(i).start(), now.get(j).start(), old.get(i).end() - old.get(i).start()));
                i++;
                j++;
                runI = i;
                runJ = j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        compareRun(before, old.subList(runI, n), after, now.subList(runJ, m), oldAt, newAt, changes, anchors);
        anchors.sort(java.util.Comparator.comparingInt(Anchor::before));
        return new VersionChanges(changes, anchors);
    }

    /** The quotes (of the older version) that fall in a changed passage, in the order given. */
    public List<QuoteInChange> quotes(List<Quote> quotes) {
        List<QuoteInChange> touched = new ArrayList<>();
        for (Quote quote : quotes) {
            List<Change> hits = changes.stream().filter(c -> quote.fragments().stream().anyMatch(p -> c.before().overlaps(p))).toList();
            if (hits.isEmpty()) {
                continue;
            }
            boolean kept = anchors.stream().anyMatch(a -> quote.fragments().stream()
                    .anyMatch(p -> a.before() < p.end() && p.start() < a.before() + a.length()));
            Optional<Range> now = Optional.empty();
            if (kept) {
                int start = map(quote.span().start(), true);
                int end = map(quote.span().end(), false);
                for (Change c : hits) {
                    start = Math.min(start, c.after().start());
                    end = Math.max(end, c.after().end());
                }
                now = Optional.of(new Range(start, end)).filter(r -> r.end() > r.start());
            }
            touched.add(new QuoteInChange(quote, !kept, now));
        }
        return touched;
    }

    /** Where a place of the older text is in the newer: through the stretch that stayed the same at or next to it. */
    private int map(int position, boolean start) {
        Anchor best = null;
        for (Anchor a : anchors) {
            if (position >= a.before() && position <= a.before() + a.length()) {
                return a.after() + (position - a.before());
            }
            if (start ? a.before() >= position : a.before() + a.length() <= position) {
                if (start) {
                    return a.after(); // the first kept stretch after the start
                }
                best = a; // the last kept stretch before the end
            }
        }
        return best == null ? 0 : best.after() + best.length();
    }

    /**
     * Compares the words of a run of paragraphs that differ; {@code oldAt} and {@code newAt} are where
     * the run stands when one side has no paragraph (after the last matched one).
     */
    private static void compareRun(String before, List<Range> old, String after, List<Range> now, int oldAt, int newAt,
            List<Change> changes, List<Anchor> anchors) {
        if (old.isEmpty() && now.isEmpty()) {
            return;
        }
        int oldStart = old.isEmpty() ? oldAt : old.get(0).start();
        int newStart = now.isEmpty() ? newAt : now.get(0).start();
        int oldEnd = old.isEmpty() ? oldAt : old.get(old.size() - 1).end();
        int newEnd = now.isEmpty() ? newAt : now.get(now.size() - 1).end();
        List<Words.Word> a = shifted(Words.of(before.substring(oldStart, oldEnd)), oldStart);
        List<Words.Word> b = shifted(Words.of(after.substring(newStart, newEnd)), newStart);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            // too long to align word by word in memory: the whole passage is one change
            changes.add(new Change(a.isEmpty() ? WordDiff.Op.ADDED : b.isEmpty() ? WordDiff.Op.DROPPED : WordDiff.Op.CHANGED,
                    new Range(oldStart, oldEnd), new Range(newStart, newEnd)));
            return;
        }
        int oldCursor = oldStart;
        int newCursor = newStart;
        for (WordDiff.Step step : WordDiff.between(a, b)) {
            Range was = step.reference().isEmpty() ? new Range(oldCursor, oldCursor)
                    : new Range(step.reference().get(0).start(), step.reference().get(step.reference().size() - 1).end());
            Range is = step.other().isEmpty() ? new Range(newCursor, newCursor)
                    : new Range(step.other().get(0).start(), step.other().get(step.other().size() - 1).end());
            if (step.op() == WordDiff.Op.KEPT) {
                for (int k = 0; k < step.reference().size(); k++) {
                    Words.Word w = step.reference().get(k);
                    anchors.add(new Anchor(w.start(), step.other().get(k).start(), w.end() - w.start()));
                }
            } else {
                changes.add(new Change(step.op(), was, is));
            }
            oldCursor = was.end();
            newCursor = is.end();
        }
    }

    private static List<Words.Word> shifted(List<Words.Word> words, int by) {
        return words.stream().map(w -> new Words.Word(w.norm(), w.start() + by, w.end() + by)).toList();
    }

    private static boolean same(String a, Range x, String b, Range y) {
        return x.end() - x.start() == y.end() - y.start() && a.regionMatches(x.start(), b, y.start(), x.end() - x.start());
    }

    /** The lines of a text that hold something, as ranges. */
    private static List<Range> paragraphs(String text) {
        List<Range> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                lines.add(new Range(start, end));
            }
            start = end + 1;
        }
        return lines;
    }
}
