package org.quotebench.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quotebench.cli.Cli;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.export.ExportFormat;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Times {@code quotebench export} (run in-process, reading the workspace and writing the file) in
 * every format on a generated workspace of 1,000 articles with 20,000 quotes, each article with an
 * emoji so that offsets need converting. Run with: mvn -q -B -DskipTests package exec:java@export-bench
 */
public final class ExportBenchmark {
    private static final int ARTICLES = 1_000;
    private static final int QUOTES_EACH = 20;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/bench/export");
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        Path file = work.resolve("export.qb");
        long began = System.nanoTime();
        try (Workspace workspace = Workspace.open(file)) {
            List<Long> speakers = new ArrayList<>();
            for (String name : List.of("Renée Okafor", "Tom Hale", "Ines Varga", "Marek Lind", "Ana Pereira")) {
                speakers.add(workspace.speakers().findOrCreate(name).id());
            }
            Random random = new Random(11);
            workspace.change("Generating the export benchmark", () -> {
                for (int i = 0; i < ARTICLES; i++) {
                    String text = "🚢 " + BenchArticles.paragraphs(100 + i, 6_000);
                    ArticleMetadata meta = new ArticleMetadata(Optional.of("Export bench article " + i),
                            Optional.of(i % 2 == 0 ? "The Harbour Courier" : "The Bellmouth Gazette"), Optional.empty(), Optional.empty(),
                            Optional.of("2026-11-23"), Optional.of("en"));
                    long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(text, meta, "UTF-8",
                            "export-" + i + ".txt"))).article().id();
                    for (QuoteDraft draft : BenchArticles.drafts(id, text, QUOTES_EACH, speakers, random)) {
                        workspace.quotes().add(onCharacters(text, draft));
                    }
                }
                return null;
            });
            System.out.printf("setup: %d articles, %d quotes in %.1f s%n", workspace.articles().list().size(), workspace.quotes().count(),
                    (System.nanoTime() - began) / 1e9);
        }
        List<String> report = new ArrayList<>();
        report.add("Quotebench export benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; " + ARTICLES + " articles (6 KB), " + ARTICLES * QUOTES_EACH + " quotes, "
                + "every quote taken (--status any); each the median of 3 runs after one warm-up, in-process");
        report.add("");
        report.add("| format | time | output |");
        report.add("| --- | --- | --- |");
        for (ExportFormat format : ExportFormat.values()) {
            Path out = work.resolve(format.folder() ? format.code() : "out-" + format.code());
            run(file, format, out); // warm-up
            double[] times = new double[3];
            for (int r = 0; r < times.length; r++) {
                long start = System.nanoTime();
                run(file, format, out);
                times[r] = (System.nanoTime() - start) / 1e9;
            }
            java.util.Arrays.sort(times);
            String row = String.format("| %s | %.2f s | %s |", format.code(), times[1], size(out));
            report.add(row);
            System.out.println(row);
        }
        Files.write(Path.of("target/bench/export.md"), report);
        System.out.println("Written to " + Path.of("target/bench/export.md").toAbsolutePath());
    }

    /** The draft with any span that would cut the emoji in half moved off it. */
    private static QuoteDraft onCharacters(String text, QuoteDraft d) {
        return new QuoteDraft(d.articleId(), whole(text, d.span()), d.kind(), d.status(), d.verdict(), d.note(), d.speakerId(),
                d.mention().map(m -> whole(text, m)), d.cue().map(c -> whole(text, c)), d.eventIds(), d.annotator(), d.expectedText());
    }

    private static org.quotebench.core.Span whole(String text, org.quotebench.core.Span span) {
        int start = Character.isLowSurrogate(text.charAt(span.start())) ? span.start() + 1 : span.start();
        int end = span.end() < text.length() && Character.isLowSurrogate(text.charAt(span.end())) ? span.end() + 1 : span.end();
        return new org.quotebench.core.Span(start, Math.max(end, start + 1));
    }

    private static void run(Path workspace, ExportFormat format, Path out) {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), new String[] {"export", "--format", format.code(),
                out.toString(), "--status", "any", "-w", workspace.toString()});
        if (code != 0) {
            throw new IllegalStateException("export " + format.code() + " failed: " + err);
        }
    }

    private static String size(Path out) throws Exception {
        try (var files = Files.walk(out)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format("%.1f MB", bytes / 1e6);
        }
    }
}
