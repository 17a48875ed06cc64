package org.quotebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.store.PostgresServer;

/**
 * Issue 25: the same import and top-50 search as {@link ImportAndSearchBenchmark}, on a library on a
 * real PostgreSQL server (the one the tests start, or {@code QUOTEBENCH_TEST_POSTGRES}): 10,000
 * generated articles of 8 KB imported with the command line, then every query 40 times with its
 * snippets. Aim: p95 under 50 ms. Run with: mvn -q -B -DskipTests package exec:java@server-bench
 */
public final class ServerSearchBenchmark {
    private ServerSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/server-bench");
        Files.createDirectories(work);
        Path large = work.resolve("library-10000");
        if (!Files.isDirectory(large)) {
            new LibraryGenerator(2).write(large, 10_000);
        }
        PostgresServer server = PostgresServer.shared();
        String library = server.address(PostgresServer.SUPERUSER, server.newDatabase());
        List<String> report = new ArrayList<>();
        report.add("Quotebench server benchmark, " + LocalDate.now() + ", " + ImportAndSearchBenchmark.machine()
                + ", PostgreSQL on the same machine");
        report.add("");
        report.add("| measure | result |");
        report.add("| --- | --- |");
        report.add("| import 10,000 articles (8 KB, tsvector indexed), in-process | "
                + ImportAndSearchBenchmark.millis(ImportAndSearchBenchmark.importInProcess(library, large)) + " |");
        double[] latencies = ImportAndSearchBenchmark.searchLatencies(library);
        report.add("| top-50 search with snippets over 10,000 articles, p50 | "
                + ImportAndSearchBenchmark.format(ImportAndSearchBenchmark.percentile(latencies, 50)) + " |");
        report.add("| same, p95 (" + latencies.length + " searches, " + ImportAndSearchBenchmark.QUERIES.size() + " queries) | "
                + ImportAndSearchBenchmark.format(ImportAndSearchBenchmark.percentile(latencies, 95)) + " |");
        report.add("| same, slowest | " + ImportAndSearchBenchmark.format(ImportAndSearchBenchmark.percentile(latencies, 100)) + " |");
        report.forEach(System.out::println);
        Files.write(work.resolve("results.md"), report);
    }
}
