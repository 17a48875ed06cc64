package org.quotebench.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;

class HighlightRunsTest {
    @Test
    void noMarksGiveOnePlainRun() {
        DisplayText display = DisplayText.of("The harbour master spoke.");
        assertThat(HighlightRuns.of(25, display, List.of())).containsExactly(new Run(25, List.of()));
    }

    @Test
    void emptyTextGivesOneEmptyRun() {
        assertThat(HighlightRuns.of(0, DisplayText.of(""), List.of(new Mark(new Span(0, 0), "quote"))))
                .containsExactly(new Run(0, List.of()));
    }

    @Test
    void runsCoverGapsAndMarks() {
        DisplayText display = DisplayText.of("0123456789");
        List<Run> runs = HighlightRuns.of(10, display, List.of(new Mark(new Span(2, 5), "quote", "direct")));
        assertThat(runs).containsExactly(new Run(2, List.of()), new Run(3, List.of("quote", "direct")),
                new Run(5, List.of()));
    }

    @Test
    void overlapsCarryTheUnionAndADepthClass() {
        DisplayText display = DisplayText.of("0123456789");
        List<Mark> marks = List.of(new Mark(new Span(0, 8), "quote", "speaker-1"), new Mark(new Span(2, 6), "quote", "speaker-2"),
                new Mark(new Span(3, 4), "quote", "speaker-3"));
        List<Run> runs = HighlightRuns.of(10, display, marks);
        assertThat(runs).containsExactly(new Run(2, List.of("quote", "speaker-1")),
                new Run(1, List.of("quote", "speaker-1", "speaker-2", "depth-2")),
                new Run(1, List.of("quote", "speaker-1", "speaker-2", "speaker-3", "depth-3")),
                new Run(2, List.of("quote", "speaker-1", "speaker-2", "depth-2")),
                new Run(2, List.of("quote", "speaker-1")), new Run(2, List.of()));
    }

    @Test
    void depthStopsAtFour() {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            marks.add(new Mark(new Span(i, 20 - i), "quote"));
        }
        List<Run> runs = HighlightRuns.of(20, DisplayText.of("x".repeat(20)), marks);
        assertThat(runs.get(runs.size() / 2).styleClasses()).containsExactly("quote", "depth-4");
        assertThat(HighlightRuns.depthClass(9)).isEqualTo("depth-4");
    }

    @Test
    void onlyMarksWithTheNestingClassCountTowardsDepth() {
        DisplayText display = DisplayText.of("0123456789");
        List<Mark> marks = List.of(new Mark(new Span(0, 10), "quote"), new Mark(new Span(2, 4), "mention"));
        assertThat(HighlightRuns.of(10, display, marks, "quote")).containsExactly(new Run(2, List.of("quote")),
                new Run(2, List.of("quote", "mention")), new Run(6, List.of("quote")));
        assertThat(HighlightRuns.of(10, display, marks).get(1).styleClasses()).contains("depth-2");
    }

    @Test
    void adjacentEqualRunsAreMerged() {
        DisplayText display = DisplayText.of("0123456789");
        List<Mark> marks = List.of(new Mark(new Span(1, 4), "quote"), new Mark(new Span(4, 7), "quote"),
                new Mark(new Span(7, 7), "quote"));
        assertThat(HighlightRuns.of(10, display, marks)).containsExactly(new Run(1, List.of()), new Run(6, List.of("quote")),
                new Run(3, List.of()));
    }

    @Test
    void marksPastTheTextAreClamped() {
        DisplayText display = DisplayText.of("01234");
        List<Run> runs = HighlightRuns.of(5, display, List.of(new Mark(new Span(3, 50), "quote"),
                new Mark(new Span(70, 90), "cue")));
        assertThat(runs).containsExactly(new Run(3, List.of()), new Run(2, List.of("quote")));
    }

    @Test
    void spansAreMappedThroughTheDisplayText() {
        DisplayText display = DisplayText.of("q".repeat(40), 16);
        List<Run> runs = HighlightRuns.of(display.text().length(), display, List.of(new Mark(new Span(10, 20), "quote")));
        // Article 10..20 is display 10..21: the inserted break at display 16 lies inside the quote.
        assertThat(runs).containsExactly(new Run(10, List.of()), new Run(11, List.of("quote")), new Run(21, List.of()));
        assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(display.text().length());
    }

    @Test
    void agreesWithACharByCharReference() {
        Random random = new Random(11);
        List<String> palette = List.of("quote", "mention", "cue", "speaker-1", "speaker-2", "selected");
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(300);
            DisplayText display = DisplayText.of(randomText(random, length), 16 + random.nextInt(30));
            int articleLength = display.articleText().length();
            List<Mark> marks = new ArrayList<>();
            for (int m = random.nextInt(25); m > 0; m--) {
                int start = random.nextInt(articleLength + 1);
                int end = start + random.nextInt(articleLength - start + 1);
                List<String> classes = new ArrayList<>();
                for (String name : palette) {
                    if (random.nextInt(3) == 0) {
                        classes.add(name);
                    }
                }
                marks.add(new Mark(new Span(start, end), classes));
            }
            int displayLength = display.text().length();
            List<Run> runs = HighlightRuns.of(displayLength, display, marks, "quote");
            assertThat(expand(runs)).as("round %d", round).isEqualTo(reference(displayLength, display, marks));
            for (int r = 1; r < runs.size(); r++) {
                assertThat(runs.get(r).styleClasses()).isNotEqualTo(runs.get(r - 1).styleClasses());
                assertThat(runs.get(r).length()).isPositive();
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int pick = random.nextInt(10);
            text.append(pick == 0 ? " " : pick == 1 ? "\n" : pick == 2 ? "x".repeat(random.nextInt(50)) : "w");
        }
        return text.toString();
    }

    private static List<Set<String>> expand(List<Run> runs) {
        List<Set<String>> perChar = new ArrayList<>();
        for (Run run : runs) {
            for (int i = 0; i < run.length(); i++) {
                perChar.add(new LinkedHashSet<>(run.styleClasses()));
            }
        }
        return perChar;
    }

    private static List<Set<String>> reference(int displayLength, DisplayText display, List<Mark> marks) {
        List<Set<String>> perChar = new ArrayList<>();
        for (int d = 0; d < displayLength; d++) {
            Set<String> classes = new LinkedHashSet<>();
            int depth = 0;
            for (Mark mark : marks) {
                if (mark.span().length() == 0) {
                    continue;
                }
                Span shown = display.toDisplay(mark.span());
                if (shown.start() <= d && d < shown.end()) {
                    classes.addAll(mark.styleClasses());
                    depth += mark.styleClasses().contains("quote") ? 1 : 0;
                }
            }
            if (depth >= 2) {
                classes.add(HighlightRuns.depthClass(depth));
            }
            perChar.add(classes);
        }
        return perChar;
    }
}
