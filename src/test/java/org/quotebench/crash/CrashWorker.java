package org.quotebench.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quotebench.cli.Cli;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/**
 * The child JVM of the crash harness: does real work on a workspace until it is killed, and writes
 * "ACK …" after each change has been committed (the moment Quotebench reports it done).
 *
 * <p>Arguments: WORKSPACE RUN SEED [LOG] (the lines go to LOG, else stdout). Changes: an article imported with three quotes in one user action,
 * a quote marked, a quote deleted, two speakers merged, five files imported by the real command line.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        // One line per write, straight to the file (no buffer to lose at the kill); stdout when no file is given.
        PrintStream out = args.length > 3 ? new PrintStream(new java.io.FileOutputStream(args[3], true), true, StandardCharsets.UTF_8)
                : new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (int step = 0; ; step++) {
            String id = run + "-" + step;
            int what = random.nextInt(10);
            if (what == 0) {
                importWithCommandLine(file, id, out);
                continue;
            }
            try (Workspace ws = Workspace.open(file)) {
                for (int i = 0; i < 5; i++, step++) {
                    id = run + "-" + step;
                    what = random.nextInt(10);
                    if (what < 4) {
                        importArticle(ws, id, run, random, out);
                    } else if (what < 7) {
                        mark(ws, id, random, out);
                    } else if (what < 9) {
                        delete(ws, random, out);
                    } else {
                        merge(ws, random, out);
                    }
                }
            }
        }
    }

    /** The text of a harness article: unique to its id, a few kilobytes, with the quotes at known places. */
    static String text(String id) {
        return "Harbour report " + id + "\n\n" + ("“The quay stays open,” the harbour master said. Crews worked late on pier " + id + ". ")
                .repeat(40);
    }

    private static void importArticle(Workspace ws, String id, int run, Random random, PrintStream out) {
        String text = text(id);
        ws.change("Importing with quotes", () -> {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Harbour report " + id), Optional.of("Crash Courier"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            long article = ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(text, meta, "UTF-8", id + ".txt")))
                    .article().id();
            for (int q = 0; q < 3; q++) {
                long speaker = ws.speakers().findOrCreate("Speaker " + run + "-" + random.nextInt(6)).id();
                int start = text.indexOf('“', 100 * q);
                ws.quotes().add(new QuoteDraft(article, new Span(start, text.indexOf('”', start) + 1), QuoteKind.DIRECT,
                        QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(), Optional.of(speaker), Optional.empty(), Optional.empty(),
                        List.of(), Optional.of("import-" + id), Optional.empty()));
            }
            return article;
        });
        out.print("ACK import " + id + "\n");
    }

    private static void mark(Workspace ws, String id, Random random, PrintStream out) {
        var articles = ws.articles().list();
        if (articles.isEmpty()) {
            return;
        }
        var article = articles.get(random.nextInt(articles.size()));
        String text = ws.articles().get(article.id()).text();
        int start = random.nextInt(text.length() - 20);
        Quote quote = ws.quotes().add(new QuoteDraft(article.id(), new Span(start, start + 10 + random.nextInt(10)), QuoteKind.PARTIAL,
                QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of("mark"), Optional.empty()));
        out.print("ACK quote " + quote.uuid() + " " + id + "\n");
    }

    private static void delete(Workspace ws, Random random, PrintStream out) {
        List<Quote> marked = new ArrayList<>(ws.quotes().list(QuoteFilter.all()).stream()
                .filter(q -> q.annotator().filter("mark"::equals).isPresent()).toList());
        if (marked.isEmpty()) {
            return;
        }
        Quote gone = marked.get(random.nextInt(marked.size()));
        // Announced first: a kill after the commit and before the ACK leaves the quote deleted but not acknowledged.
        out.print("BEGIN delete " + gone.uuid() + "\n");
        ws.quotes().delete(gone.id());
        out.print("ACK delete " + gone.uuid() + "\n");
    }

    private static void merge(Workspace ws, Random random, PrintStream out) {
        List<Speaker> speakers = ws.speakers().list();
        if (speakers.size() < 2) {
            return;
        }
        Speaker keep = speakers.get(random.nextInt(speakers.size()));
        Speaker other = speakers.get(random.nextInt(speakers.size()));
        if (keep.id() != other.id()) {
            ws.speakers().merge(keep.id(), other.id());
            out.print("ACK merge " + keep.uuid() + " " + other.uuid() + "\n");
        }
    }

    /** Five files imported by `quotebench import` in one command: all of them are stored, or none. */
    private static void importWithCommandLine(Path file, String id, PrintStream out) throws IOException {
        Path folder = Files.createTempDirectory(file.toAbsolutePath().getParent(), "batch-");
        for (int i = 0; i < 5; i++) {
            Files.writeString(folder.resolve("batch-" + id + "-" + i + ".txt"), text(id + "/" + i), StandardCharsets.UTF_8);
        }
        int code = Cli.run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "import", folder.toString(), "-w", file.toString());
        if (code == 0) {
            out.print("ACK batch " + id + "\n");
        }
    }
}
