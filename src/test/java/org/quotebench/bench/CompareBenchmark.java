package org.quotebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quotebench.compare.Rendering;
import org.quotebench.compare.Statement;
import org.quotebench.compare.Statements;
import org.quotebench.core.QuoteKind;

/**
 * Times grouping 2,000 quotes from 200 articles into statements: 400 utterances of 40 speakers,
 * each rendered by about five outlets with cuts, added words and paraphrase, in made-up words.
 * Run with: mvn -q -B -DskipTests package exec:java@compare-bench
 */
public final class CompareBenchmark {
    private static final List<String> VOCABULARY = List.of("bridge", "harbour", "ferry", "council", "vote", "budget", "tram", "storm",
            "flood", "barrier", "crews", "night", "shifts", "union", "mayor", "costs", "tolls", "traffic", "spring", "winter", "port",
            "timetable", "contract", "tender", "safety", "inspection", "repairs", "delay", "promise", "families", "workers", "schools",
            "housing", "rents", "taxes", "police", "court", "appeal", "report", "audit", "deficit", "surplus", "election", "campaign");

    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(3);
        // A news-sized vocabulary of made-up words (a few thousand), so that words are as rare as in real quotes.
        List<String> vocabulary = new ArrayList<>(VOCABULARY);
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "bri", "dan", "fel", "gor", "hul", "jen", "kor", "lin"};
        while (vocabulary.size() < 3000) {
            vocabulary.add(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                    + syllables[random.nextInt(syllables.length)]);
        }
        List<List<String>> utterances = new ArrayList<>();
        for (int u = 0; u < 400; u++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 12 + random.nextInt(14); w++) {
                words.add(random.nextInt(3) == 0 ? List.of("the", "will", "we", "to", "of", "and").get(random.nextInt(6))
                        : vocabulary.get(random.nextInt(vocabulary.size())));
            }
            utterances.add(words);
        }
        List<Rendering> renderings = new ArrayList<>();
        long id = 0;
        for (int article = 1; article <= 200; article++) {
            for (int q = 0; q < 10; q++) {
                int u = (article * 7 + q * 40) % 400;
                List<String> words = new ArrayList<>(utterances.get(u));
                int cut = random.nextInt(3);
                List<String> shown = words.subList(cut, words.size() - random.nextInt(3));
                List<String> rendered = new ArrayList<>(shown);
                if (random.nextInt(4) == 0) {
                    rendered.add(rendered.size() / 2, "surely");
                }
                QuoteKind kind = QuoteKind.values()[random.nextInt(3)];
                renderings.add(new Rendering(++id, article, Optional.of("Outlet " + article % 9), Optional.of("2026-03-" + (10 + article % 20)),
                        kind, Optional.of("Speaker " + u % 40), (kind == QuoteKind.INDIRECT ? "that " : "“") + String.join(" ", rendered)
                                + (kind == QuoteKind.INDIRECT ? "" : ".”")));
            }
        }
        Statements.group(renderings); // warm-up
        double[] times = new double[5];
        int statements = 0;
        for (int r = 0; r < times.length; r++) {
            long start = System.nanoTime();
            List<Statement> grouped = Statements.group(renderings);
            times[r] = (System.nanoTime() - start) / 1e6;
            statements = grouped.size();
        }
        java.util.Arrays.sort(times);
        String line = String.format("Grouping %d quotes from 200 articles (400 utterances) into %d statements: median %.0f ms, slowest %.0f ms "
                + "(%s, %d cores, Java %s)", renderings.size(), statements, times[2], times[4], LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println(line);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/compare.md"), line + "\n");
    }
}
