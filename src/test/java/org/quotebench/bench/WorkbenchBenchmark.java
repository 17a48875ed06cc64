package org.quotebench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.LibraryFilter;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/**
 * Measures what the workbench window asks of the store: opening an article with 10,000 quotes and
 * filtering a library of 10,000 articles. Not a unit test (timings vary with the machine); run with
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.quotebench.bench.WorkbenchBenchmark}.
 */
public final class WorkbenchBenchmark {
    private static final List<String> OUTLETS = List.of("The Harbour Courier", "Greywick Gazette", "Saltmere Evening Post",
            "Bellmouth Radio", "the harbour courier");
    private static final int ROUNDS = 15;

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-workbench");
        Files.createDirectories(work);
        Path file = work.resolve("workbench.qb");
        Files.deleteIfExists(file);
        Random random = new Random(7);
        try (Workspace workspace = Workspace.open(file)) {
            long start = System.nanoTime();
            List<Long> articleIds = importLibrary(workspace, random);
            System.out.printf("setup: 10,000 articles imported in %.1f s%n", (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long busy = addQuotes(workspace, articleIds, random);
            System.out.printf("setup: quotes added in %.1f s%n", (System.nanoTime() - start) / 1e9);

            System.out.println("| measure | results | first call | median | worst |");
            System.out.println("| --- | --- | --- | --- | --- |");
            long speaker = workspace.speakers().findByName("Renée Okafor").orElseThrow().id();
            long event = workspace.events().findByName("Harbour bridge vote").orElseThrow().id();
            report("Quotes.ofArticle, 10,000 quotes of one article", () -> workspace.quotes().ofArticle(busy).size());
            report("Quotes.list(ofArticle), same article", () -> workspace.quotes().list(QuoteFilter.ofArticle(busy)).size());
            report("Quotes.get, one quote", () -> workspace.quotes().get(1).id() > 0 ? 1 : 0);
            report("Speakers.list (12 speakers, 2 aliases each)", () -> workspace.speakers().list().size());
            report("Articles.list, 10,000 articles", () -> workspace.articles().list().size());
            report("Articles.find, no filter", () -> workspace.articles().find(LibraryFilter.all()).size());
            report("Articles.find, text \"brid\"", () -> workspace.articles().find(LibraryFilter.all().withText("brid")).size());
            report("Articles.find, text \"the\" (every article)", () -> workspace.articles().find(LibraryFilter.all().withText("the")).size());
            report("Articles.find, text \"harbour bridge okaf\"",
                    () -> workspace.articles().find(LibraryFilter.all().withText("harbour bridge okaf")).size());
            report("Articles.find, outlet", () -> workspace.articles().find(new LibraryFilter(Optional.empty(),
                    Optional.of("Greywick Gazette"), Optional.empty(), Optional.empty(), Optional.empty())).size());
            report("Articles.find, speaker", () -> workspace.articles().find(new LibraryFilter(Optional.empty(),
                    Optional.empty(), Optional.of(speaker), Optional.empty(), Optional.empty())).size());
            report("Articles.find, event", () -> workspace.articles().find(new LibraryFilter(Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(event), Optional.empty())).size());
            report("Articles.find, verdict misquoted", () -> workspace.articles().find(new LibraryFilter(Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Verdict.MISQUOTED))).size());
            report("Articles.find, all filters with text \"tram\"", () -> workspace.articles().find(new LibraryFilter(
                    Optional.of("tram"), Optional.of("Greywick Gazette"), Optional.of(speaker), Optional.of(event),
                    Optional.of(Verdict.MISQUOTED))).size());
            report("Articles.outlets", () -> workspace.articles().outlets().size());
            report("Quotes.count", () -> workspace.quotes().count());
        }
    }

    private static List<Long> importLibrary(Workspace workspace, Random random) {
        LibraryGenerator generator = new LibraryGenerator(3);
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Optional<String> date = random.nextInt(10) == 0 ? Optional.empty()
                    : Optional.of(String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Article " + i), Optional.of(OUTLETS.get(random.nextInt(OUTLETS.size()))),
                    Optional.empty(), Optional.empty(), date, Optional.of("en"));
            drafts.add(new ArticleDraft(generator.article(i), meta, "UTF-8", "article-" + i + ".txt"));
        }
        List<Long> ids = new ArrayList<>();
        for (ImportOutcome outcome : workspace.articles().importAll(drafts)) {
            ids.add(((ImportOutcome.Imported) outcome).article().id());
        }
        return ids;
    }

    /** 10,000 quotes on the first article, and one on each of 2,000 others; returns the busy article. */
    private static long addQuotes(Workspace workspace, List<Long> articleIds, Random random) {
        List<Long> speakers = new ArrayList<>();
        for (String name : List.of("Renée Okafor", "Tom Hale", "Ines Varga", "Marek Lind", "Sofia Brandt", "Yusuf Demir",
                "Clara Novak", "Pieter Aalst", "Hana Sato", "Jonas Weber", "Amara Diallo", "Luca Ferri")) {
            long id = workspace.speakers().findOrCreate(name).id();
            workspace.speakers().addAlias(id, name.split(" ")[1]);
            workspace.speakers().addAlias(id, name.charAt(0) + ". " + name.split(" ")[1]);
            speakers.add(id);
        }
        List<Long> events = List.of(workspace.events().findOrCreate("Harbour bridge vote").id(),
                workspace.events().findOrCreate("Tram line opening").id(), workspace.events().findOrCreate("Storm season").id());
        long busy = articleIds.get(0);
        int length = workspace.articles().get(busy).text().length();
        workspace.change("Adding quotes", () -> {
            for (int i = 0; i < 10_000; i++) {
                int from = random.nextInt(length - 200);
                add(workspace, busy, new Span(from, from + 20 + random.nextInt(150)), speakers, events, random);
            }
            for (int i = 1; i <= 2_000; i++) {
                add(workspace, articleIds.get(i * 4), new Span(10, 60), speakers, events, random);
            }
            return null;
        });
        for (int i = 0; i < 500; i++) {
            workspace.events().link(events.get(i % 3), articleIds.get(i * 7 + 1));
        }
        return busy;
    }

    private static void add(Workspace workspace, long article, Span span, List<Long> speakers, List<Long> events, Random random) {
        Optional<Long> speaker = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(speakers.get(random.nextInt(speakers.size())));
        List<Long> linked = random.nextBoolean() ? List.of() : List.of(events.get(random.nextInt(events.size())));
        Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
        QuoteStatus status = QuoteStatus.values()[random.nextInt(3)];
        workspace.quotes().add(new QuoteDraft(article, span, QuoteKind.DIRECT, status, verdict, Optional.empty(), speaker,
                Optional.of(new Span(span.start(), span.start() + 5)), Optional.empty(), linked, Optional.of("bench"),
                Optional.empty()));
    }

    /** Prints the first call (cold JIT, as when the window opens the first article), then the median and worst of 15 warm calls. */
    private static void report(String what, Supplier<Integer> work) {
        long first = System.nanoTime();
        work.get();
        double cold = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < 10; i++) {
            work.get(); // warm-up: JIT and SQLite's page cache
        }
        double[] times = new double[ROUNDS];
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            size = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms |%n", what, size, cold, times[ROUNDS / 2], times[ROUNDS - 1]);
    }
}
