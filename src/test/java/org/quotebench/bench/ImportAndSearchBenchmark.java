package org.quotebench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.quotebench.cli.Cli;
import org.quotebench.store.Workspace;

/**
 * Measures what the README promises: importing generated libraries of 1,000 and 10,000 articles
 * (8 KB each, with full-text indexing), top-50 search latency over 10,000 articles, and the
 * command line's start-up. Run with: mvn -q -B -DskipTests package exec:java@bench
 */
public final class ImportAndSearchBenchmark {
    static final List<String> QUERIES = List.of("budget", "Okafor", "\"ferry timetable\"", "tram*",
            "flood AND barrier", "storm NOT tide", "harbour bridge", "Greywick");
    static final int SEARCH_ROUNDS = 40;

    private ImportAndSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        deleteTree(work);
        Files.createDirectories(work);
        List<String> report = new ArrayList<>();
        report.add("Quotebench benchmark, " + LocalDate.now() + ", " + machine());
        report.add("");
        report.add("| measure | result |");
        report.add("| --- | --- |");

        Path small = work.resolve("library-1000");
        Path large = work.resolve("library-10000");
        new LibraryGenerator(1).write(small, 1_000);
        new LibraryGenerator(2).write(large, 10_000);

        importInProcess(work.resolve("warm-up.qb").toString(), small); // loads classes and the SQLite library once
        report.add("| import 1,000 articles (8 KB, FTS5 indexed), in-process | " + millis(importInProcess(work.resolve("small.qb").toString(), small)) + " |");
        Path largeWorkspace = work.resolve("large.qb");
        report.add("| import 10,000 articles, in-process | " + millis(importInProcess(largeWorkspace.toString(), large)) + " |");

        double[] latencies = searchLatencies(largeWorkspace.toString());
        report.add("| top-50 search with snippets over 10,000 articles, p50 | " + format(percentile(latencies, 50)) + " |");
        report.add("| same, p95 (" + latencies.length + " searches, " + QUERIES.size() + " queries) | "
                + format(percentile(latencies, 95)) + " |");
        report.add("| same, slowest | " + format(percentile(latencies, 100)) + " |");

        Path jar = Path.of("target/quotebench.jar");
        if (Files.exists(jar)) {
            report.add("| `java -jar quotebench.jar --version`, median of 5 | " + format(median(processTimes(jar, "--version"))) + " |");
            report.add("| `java -jar quotebench.jar list` (1,000 articles), median of 5 | "
                    + format(median(processTimes(jar, "list", "-w", work.resolve("small.qb").toString()))) + " |");
            long start = System.nanoTime();
            run(jar, "import", "-w", work.resolve("process.qb").toString(), small.toString());
            report.add("| `java -jar quotebench.jar import` of 1,000 files, whole process | " + millis(System.nanoTime() - start) + " |");
        } else {
            report.add("| command-line start-up | not measured: build target/quotebench.jar first |");
        }
        report.forEach(System.out::println);
        Files.write(work.resolve("results.md"), report);
    }

    /** Imports a folder with the command line, in this process, into a workspace file or a server library; returns the time. */
    static long importInProcess(String workspace, Path folder) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "import", "-w", workspace, folder.toString());
        long took = System.nanoTime() - start;
        if (code != 0) {
            throw new IllegalStateException("import failed: " + err);
        }
        return took;
    }

    /** Top-50 searches with snippets, every query {@link #SEARCH_ROUNDS} times after one warm-up each: the times in ms. */
    static double[] searchLatencies(String workspace) {
        try (Workspace open = Workspace.open(workspace)) {
            for (String query : QUERIES) {
                open.search().search(query, 50); // warm-up
            }
            double[] times = new double[QUERIES.size() * SEARCH_ROUNDS];
            int i = 0;
            for (int round = 0; round < SEARCH_ROUNDS; round++) {
                for (String query : QUERIES) {
                    long start = System.nanoTime();
                    int hits = open.search().search(query, 50).size();
                    times[i++] = (System.nanoTime() - start) / 1e6;
                    if (hits == 0 && !query.startsWith("storm NOT")) {
                        throw new IllegalStateException("no hits for " + query);
                    }
                }
            }
            return times;
        }
    }

    private static double[] processTimes(Path jar, String... args) throws IOException, InterruptedException {
        run(jar, args); // the first run warms the OS file cache
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            run(jar, args);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void run(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    static String millis(long nanos) {
        return format(nanos / 1e6);
    }

    static String format(double millis) {
        return millis >= 1000 ? String.format("%.2f s", millis / 1000) : String.format("%.1f ms", millis);
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB max heap, Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
