package org.quotebench.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.PostgresServer;
import org.quotebench.store.Workspace;

/**
 * Issue 25, load and faults on one shared library on a real PostgreSQL server (the one the tests
 * start, or {@code QUOTEBENCH_TEST_POSTGRES}):
 * <ol>
 * <li>8 clients × 500 changes each at once (marks, edits, accepts, deletes on 4 shared articles, each
 * made on the revision the client last read), then every acknowledged change checked: present exactly
 * once, with the revisions of each quote exactly the acknowledged ones, nothing else stored; every
 * refused change refused as a conflict (or as gone, deleted by another);</li>
 * <li>a client process killed with kill -9 in the middle of a transaction: nothing of it stored, and
 * the others go on at once;</li>
 * <li>the server restarted while 8 clients work: they reconnect, and every change acknowledged before
 * or after is there; changes refused while it was down are counted, and whether any was stored.</li>
 * </ol>
 * Run with: mvn -q -B -DskipTests test-compile exec:java@server-load
 */
public final class ServerLoadBenchmark {
    static final String TEXT = "🌉 Harbour desk\n\n" + ("The council met again on Tuesday to vote on the harbour bridge. "
            + "“We have waited long enough,” the mayor said, and the ferry workers answered from the gallery. ").repeat(30);
    private static final int CLIENTS = 8;

    private ServerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path work = Path.of("target/server-load");
        Files.createDirectories(work);
        PostgresServer server = PostgresServer.shared();
        List<String> report = new ArrayList<>();
        report.add("Quotebench server load benchmark, " + LocalDate.now() + ", " + ImportAndSearchBenchmark.machine()
                + ", PostgreSQL on the same machine");
        report.add("");
        report.add("| measure | result |");
        report.add("| --- | --- |");

        String library = server.address(PostgresServer.SUPERUSER, server.newDatabase());
        List<Long> articles = articles(library);
        long started = System.nanoTime();
        List<LoadClient> clients = run(library, articles, changes, 1, () -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        LoadCheck check = LoadCheck.of(library, clients);
        report.add("| " + CLIENTS + " clients × " + changes + " changes at once | " + String.format("%.1f s, %.0f changes/s", seconds,
                CLIENTS * changes / seconds) + " |");
        report.add("| change latency p50 / p95 | " + LoadCheck.latencies(clients) + " |");
        report.add("| acknowledged / refused as conflicts / refused as deleted by another | " + check.acknowledged() + " / "
                + check.conflicts() + " / " + check.gone() + " |");
        report.add("| acknowledged changes missing, stored twice, overwriting an unseen change, or stored without acknowledgement | "
                + check.problems().size() + " |");
        report.add("| other errors | " + check.unexpected() + " |");

        report.add("| kill -9 in the middle of a transaction of 21 marks | " + killMidTransaction(library, articles) + " |");

        String restarted = server.address(PostgresServer.SUPERUSER, server.newDatabase());
        List<Long> restartArticles = articles(restarted);
        AtomicInteger done = new AtomicInteger();
        int restartAt = CLIENTS * 100;
        boolean[] didRestart = new boolean[1];
        Thread restarter = new Thread(() -> {
            while (done.get() < restartAt) {
                Thread.onSpinWait();
            }
            didRestart[0] = server.restart();
        });
        restarter.start();
        List<LoadClient> duringRestart = run(restarted, restartArticles, 250, 2, done::incrementAndGet);
        restarter.join();
        LoadCheck afterRestart = didRestart[0] ? LoadCheck.of(restarted, duringRestart) : null;
        if (afterRestart != null) {
            report.add("| server restarted (pg_ctl restart -m fast) while " + CLIENTS + " clients × 250 changes ran: acknowledged / "
                    + "refused while it was down (of them stored all the same) | " + afterRestart.acknowledged() + " / "
                    + afterRestart.lostCount() + " (" + afterRestart.lostButStored() + ") |");
            report.add("| after the restart: acknowledged changes missing or stored twice, other errors | "
                    + afterRestart.problems().size() + ", " + afterRestart.unexpected() + " |");
            afterRestart.problems().stream().limit(10).forEach(p -> System.err.println("restart: " + p));
        } else {
            report.add("| server restart | not measured: the server was given by QUOTEBENCH_TEST_POSTGRES |");
        }
        check.problems().stream().limit(10).forEach(p -> System.err.println("load: " + p));
        clients.stream().flatMap(c -> c.unexpected.stream()).limit(10).forEach(p -> System.err.println("load error: " + p));
        report.forEach(System.out::println);
        Files.write(work.resolve("results.md"), report);
        int wrong = check.problems().size() + check.unexpected() + (afterRestart == null ? 0 : afterRestart.problems().size());
        if (wrong > 0) {
            System.err.println(wrong + " problems: the library does not hold what the clients were told (above).");
            System.exit(1); // a benchmark run from a script or CI fails
        }
    }

    /** Four shared articles on a new library. */
    private static List<Long> articles(String library) {
        List<Long> ids = new ArrayList<>();
        try (Workspace ws = Workspace.open(library)) {
            for (int i = 1; i <= 4; i++) {
                ImportOutcome outcome = ws.articles().importArticle(new ArticleDraft(TEXT + " Part " + i + ".", new ArticleMetadata(
                        Optional.of("Harbour desk " + i), Optional.of("The Ledger"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("en")), "UTF-8", "harbour-" + i + ".txt"));
                ids.add(((ImportOutcome.Imported) outcome).article().id());
            }
        }
        return ids;
    }

    private static List<LoadClient> run(String library, List<Long> articles, int changes, long seed, Runnable afterEach)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<LoadClient>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(pool.submit(new LoadClient("client" + c, library, articles, TEXT, changes, seed * 100 + c, afterEach)));
            }
            List<LoadClient> clients = new ArrayList<>();
            for (Future<LoadClient> client : running) {
                clients.add(client.get());
            }
            return clients;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Starts {@link KilledClient} in a JVM of its own, waits until it is inside its transaction with
     * marks written, kills it with SIGKILL, and checks that none of its marks is stored and that a change
     * from another client goes through at once.
     */
    private static String killMidTransaction(String library, List<Long> articles) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                KilledClient.class.getName(), library, Long.toString(articles.get(0))).redirectErrorStream(true).start();
        String line;
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int marked = -1;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(KilledClient.INSIDE)) {
                marked = Integer.parseInt(line.substring(KilledClient.INSIDE.length()).strip());
                break;
            }
        }
        if (marked < 0) {
            return "not measured: the client never got inside its transaction";
        }
        child.destroyForcibly(); // SIGKILL
        child.waitFor();
        long since = System.nanoTime();
        try (Workspace ws = Workspace.open(library)) {
            ws.speakers().findOrCreate("After the kill"); // a change: it needs the writers' lock the killed client held
            double ms = (System.nanoTime() - since) / 1e6;
            long stored = ws.quotes().list(org.quotebench.store.QuoteFilter.all()).stream()
                    .filter(q -> q.note().orElse("").startsWith(KilledClient.TAG)).count();
            return "killed with " + marked + " marks written in its transaction: " + stored + " stored; the next change waited "
                    + String.format("%.0f ms", ms);
        }
    }

    /** This JVM's class path, for the child: exec:java runs the benchmark in a class loader of its own. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = ServerLoadBenchmark.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(java.net.URI.create(url.toString())).toString());
                }
            }
        }
        entries.addAll(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        return String.join(java.io.File.pathSeparator, entries);
    }
}
