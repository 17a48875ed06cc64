package org.quotebench.ui.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.quotebench.core.Span;

/**
 * Computes a pane's style runs from marks, off the FX thread: one sweep over the marks' ends, so the
 * cost grows with the number of marks and runs, never with the length of the text.
 */
public final class HighlightRuns {
    /** Nesting deeper than this looks the same; a stylesheet needs a class per level. */
    public static final int MAX_DEPTH = 4;

    private static final String[] DEPTH_CLASSES = {"depth-2", "depth-3", "depth-4"};

    private HighlightRuns() {
    }

    /** The class for marks nested {@code depth} deep (2 and up, capped at {@link #MAX_DEPTH}). */
    public static String depthClass(int depth) {
        if (depth < 2) {
            throw new IllegalArgumentException("Depth classes start at 2, was " + depth);
        }
        return DEPTH_CLASSES[Math.min(depth, MAX_DEPTH) - 2];
    }

    /**
     * Runs covering {@code [0, displayLength)} in order, adjacent equal runs merged; where marks overlap
     * a run carries the union of their classes and a depth class. Empty text gives one empty run,
     * because RichTextFX refuses an empty list of style spans.
     */
    public static List<Run> of(int displayLength, DisplayText display, List<Mark> marks) {
        return compute(displayLength, display, marks, mark -> true);
    }

    /**
     * Like {@link #of(int, DisplayText, List)}, but only marks carrying {@code nestingClass} count
     * towards depth, so that, say, a speaker's mention inside a quote is not shown as a nested quote.
     */
    public static List<Run> of(int displayLength, DisplayText display, List<Mark> marks, String nestingClass) {
        return compute(displayLength, display, marks, mark -> mark.styleClasses().contains(nestingClass));
    }

    private static List<Run> compute(int displayLength, DisplayText display, List<Mark> marks, Predicate<Mark> nests) {
        if (displayLength < 0) {
            throw new IllegalArgumentException("Negative display length " + displayLength);
        }
        if (displayLength == 0) {
            return List.of(new Run(0, List.of()));
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[][] markClasses = new int[marks.size()][];
        boolean[] nesting = new boolean[marks.size()];
        long[] events = new long[marks.size() * 2];
        int eventCount = 0;
        int articleLength = display.articleText().length();
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            Span span = mark.span();
            // Marks may be a step behind the text (a debounced recomputation), so clamp rather than fail.
            int start = Math.min(span.start(), articleLength);
            int end = Math.min(span.end(), articleLength);
            if (end <= start) {
                continue;
            }
            Span shown = display.toDisplay(new Span(start, end));
            int from = Math.min(shown.start(), displayLength);
            int to = Math.min(shown.end(), displayLength);
            if (to <= from) {
                continue;
            }
            markClasses[i] = idsOf(mark.styleClasses(), ids, names);
            nesting[i] = nests.test(mark);
            // Position in the high half, mark index and start/end bit in the low half: one primitive sort.
            events[eventCount++] = ((long) from << 32) | ((long) i << 1) | 1L;
            events[eventCount++] = ((long) to << 32) | ((long) i << 1);
        }
        Arrays.sort(events, 0, eventCount);
        return new Sweep(names, displayLength).run(events, eventCount, markClasses, nesting);
    }

    private static int[] idsOf(List<String> classes, Map<String, Integer> ids, List<String> names) {
        int[] result = new int[classes.size()];
        for (int k = 0; k < result.length; k++) {
            String name = classes.get(k);
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            result[k] = id;
        }
        return result;
    }

    /** The state of one sweep: how many open marks carry each class, and the runs so far. */
    private static final class Sweep {
        private final List<String> names;
        private final int displayLength;
        private final int[] classCount;
        /** Ids of the classes with a count above zero, unordered; {@code slot} finds one in O(1). */
        private final int[] active;
        private final int[] slot;
        private int activeCount;
        private int depth;
        private final List<Run> runs = new ArrayList<>();
        private int pendingLength;
        private List<String> pendingClasses = List.of();

        Sweep(List<String> names, int displayLength) {
            this.names = names;
            this.displayLength = displayLength;
            this.classCount = new int[names.size()];
            this.active = new int[names.size()];
            this.slot = new int[names.size()];
        }

        List<Run> run(long[] events, int eventCount, int[][] markClasses, boolean[] nesting) {
            int position = 0;
            List<String> current = List.of();
            int e = 0;
            while (e < eventCount) {
                int at = (int) (events[e] >>> 32);
                emit(at - position, current);
                position = at;
                while (e < eventCount && (int) (events[e] >>> 32) == at) {
                    int low = (int) events[e];
                    int mark = low >>> 1;
                    boolean opens = (low & 1) == 1;
                    for (int id : markClasses[mark]) {
                        if (opens) {
                            open(id);
                        } else {
                            close(id);
                        }
                    }
                    if (nesting[mark]) {
                        depth += opens ? 1 : -1;
                    }
                    e++;
                }
                current = classes();
            }
            emit(displayLength - position, current);
            if (pendingLength > 0) {
                runs.add(new Run(pendingLength, pendingClasses));
            }
            return runs;
        }

        private void open(int id) {
            if (classCount[id]++ == 0) {
                slot[id] = activeCount;
                active[activeCount++] = id;
            }
        }

        private void close(int id) {
            if (--classCount[id] == 0) {
                int last = active[--activeCount];
                active[slot[id]] = last;
                slot[last] = slot[id];
            }
        }

        /** The classes now open, in the order they were first seen, so output does not depend on hashing. */
        private List<String> classes() {
            if (activeCount == 0) {
                return List.of();
            }
            int[] open = Arrays.copyOf(active, activeCount);
            Arrays.sort(open);
            String[] result = new String[activeCount + (depth >= 2 ? 1 : 0)];
            for (int k = 0; k < activeCount; k++) {
                result[k] = names.get(open[k]);
            }
            if (depth >= 2) {
                result[activeCount] = depthClass(depth);
            }
            return List.of(result);
        }

        private void emit(int length, List<String> classes) {
            if (length <= 0) {
                return;
            }
            if (pendingLength > 0 && pendingClasses.equals(classes)) {
                pendingLength += length;
                return;
            }
            if (pendingLength > 0) {
                runs.add(new Run(pendingLength, pendingClasses));
            }
            pendingLength = length;
            pendingClasses = classes;
        }
    }
}
