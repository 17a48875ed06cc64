package org.quotebench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Supplier;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.HighlightRuns;
import org.quotebench.ui.text.Mark;
import org.quotebench.ui.text.QuoteMarks;
import org.quotebench.ui.text.Run;
import org.quotebench.ui.text.TextFinder;

/**
 * Times the pane's text building blocks on a 1.2 MB article: display text, 10,000 quotes to marks to
 * runs, the quote under a click, and find. Run after test-compile with:
 * java -cp target/classes:target/test-classes org.quotebench.bench.TextPaneBenchmark
 */
public final class TextPaneBenchmark {
    private static final String[] WORDS = {"the", "harbour", "council", "said", "ferry", "timetable", "would", "open",
        "in", "spring,", "according", "to", "Varga.", "tide", "barrier", "budget"};
    private static final int ROUNDS = 30;

    private TextPaneBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(1);
        String onePara = words(random, 1_200_000, false);
        String paragraphs = words(random, 1_200_000, true);
        String noSpace = "x".repeat(1_200_000);
        System.out.println("| measure | median ms | best ms |");
        System.out.println("| --- | --- | --- |");
        time("DisplayText.of, 1.2 MB in paragraphs (unchanged)", () -> DisplayText.of(paragraphs));
        time("DisplayText.of, 1.2 MB one paragraph with spaces", () -> DisplayText.of(onePara));
        time("DisplayText.of, 1.2 MB without whitespace", () -> DisplayText.of(noSpace));
        DisplayText inserted = DisplayText.of(noSpace);
        time("1,000,000 x toDisplay + toArticle (inserted breaks)", () -> {
            long sum = 0;
            for (int i = 0; i < 1_000_000; i++) {
                sum += inserted.toArticle(inserted.toDisplay(i));
            }
            return sum;
        });

        DisplayText display = DisplayText.of(onePara);
        List<Quote> quotes = quotes(random, onePara.length(), 10_000);
        time("QuoteMarks.of, 10,000 quotes", () -> QuoteMarks.of(quotes, QuoteMarks.ColourMode.SPEAKER, OptionalLong.of(5)));
        List<Mark> marks = QuoteMarks.of(quotes, QuoteMarks.ColourMode.SPEAKER, OptionalLong.of(5));
        int length = display.text().length();
        time("HighlightRuns.of, " + marks.size() + " marks, 1.2 MB", () -> HighlightRuns.of(length, display, marks,
                QuoteMarks.QUOTE));
        time("HighlightRuns.of, same, on the inserted-break text", () -> HighlightRuns.of(inserted.text().length(),
                inserted, marks, QuoteMarks.QUOTE));
        time("QuoteMarks.of + HighlightRuns.of together", () -> HighlightRuns.of(length, display,
                QuoteMarks.of(quotes, QuoteMarks.ColourMode.VERDICT, OptionalLong.empty()), QuoteMarks.QUOTE));
        List<Run> runs = HighlightRuns.of(length, display, marks, QuoteMarks.QUOTE);
        System.out.println("(" + runs.size() + " runs)");
        time("1,000 x QuoteMarks.quoteAt, 10,000 quotes", () -> {
            long sum = 0;
            for (int i = 0; i < 1_000; i++) {
                sum += QuoteMarks.quoteAt(quotes, i * 1_100).orElse(0);
            }
            return sum;
        });
        time("TextFinder.find \"harbour\", ignoring case, 1.2 MB", () -> TextFinder.find(onePara, "harbour"));
        time("TextFinder.find \"Harbour\", matching case, 1.2 MB", () -> TextFinder.find(onePara, "Harbour", true));
        time("TextFinder.find \"e\", ignoring case, 1.2 MB", () -> TextFinder.find(onePara, "e"));
        System.out.println("(\"harbour\" found " + TextFinder.find(onePara, "harbour").size() + " times)");
    }

    private static void time(String what, Supplier<Object> work) {
        long[] nanos = new long[ROUNDS];
        Object sink = null;
        for (int warm = 0; warm < 5; warm++) {
            sink = work.get();
        }
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            sink = work.get();
            nanos[round] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("| %s | %.2f | %.2f |%n", what, nanos[ROUNDS / 2] / 1e6, nanos[0] / 1e6);
        if (sink == null) {
            throw new IllegalStateException();
        }
    }

    private static String words(Random random, int length, boolean paragraphs) {
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(paragraphs && random.nextInt(120) == 0 ? '\n' : ' ');
        }
        text.setLength(length);
        return text.toString();
    }

    /** Quotes spread over the text, a fifth of them nested inside another, each with a mention and a cue. */
    private static List<Quote> quotes(Random random, int textLength, int count) {
        List<Speaker> speakers = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            speakers.add(new Speaker(s, java.util.UUID.nameUUIDFromBytes(("speaker" + s).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).toString(), "Speaker " + s, SpeakerKind.PERSON, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        }
        List<Quote> quotes = new ArrayList<>();
        int step = textLength / count;
        for (int i = 0; i < count; i++) {
            int start = i * step + 30;
            int end = Math.min(textLength, start + 20 + random.nextInt(step));
            if (i % 5 == 4) {
                start = quotes.get(i - 1).span().start() + 5;
                end = start + 10;
            }
            Span span = new Span(start, end);
            quotes.add(new Quote(i, "q" + i, 1, span, "", QuoteKind.values()[i % 3], QuoteStatus.values()[i % 3],
                    Verdict.values()[i % 6], Optional.empty(), Optional.of(speakers.get(i % 40)),
                    Optional.of(new Span(start - 30, start - 20)), Optional.of(new Span(start - 15, start - 10)),
                    List.of(), Optional.empty(), "", ""));
        }
        return quotes;
    }
}
