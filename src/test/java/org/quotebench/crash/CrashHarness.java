package org.quotebench.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.quotebench.store.Check;

/**
 * Kills a {@link CrashWorker} with SIGKILL at random moments and checks the workspace after each
 * kill: SQLite's and the full-text index's integrity, every acknowledged change present (or, for a
 * deletion or merge, gone), and no change half-applied.
 */
public final class CrashHarness {
    /** The tally of a run. */
    public record Tally(int kills, int acknowledged, List<String> failures) {
    }

    private final Path workspace;
    private final Random random;
    private final Set<String> imports = new HashSet<>();
    private final Set<String> quotes = new HashSet<>();
    private final Set<String> deleted = new HashSet<>();
    private final Set<String> mergedAway = new HashSet<>();
    private final Set<String> batches = new HashSet<>();
    private int acknowledged;
    private int currentRun;
    /** Every line that named a uuid, with its run: what a failure report shows. */
    private final Map<String, List<String>> history = new HashMap<>();

    public CrashHarness(Path workspace, long seed) {
        this.workspace = workspace;
        this.random = new Random(seed);
    }

    /** Runs {@code kills} worker processes, each killed after a random time, checking after each. */
    public Tally run(int kills, java.util.function.IntConsumer progress) throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        for (int run = 0; run < kills; run++) {
            // The worker writes its lines to a file of its own (not a pipe): after the kill every line it
            // wrote is there to read, however late the kill or busy the machine.
            Path log = workspace.resolveSibling("worker-" + run + ".log");
            Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                    workspace.toString(), Integer.toString(run), Long.toString(random.nextLong()), log.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // Kill anywhere from JVM start-up to deep in the work.
            Thread.sleep(300 + random.nextInt(1700));
            worker.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no closing of the database
            if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the worker of run " + run + " did not die");
            }
            List<String> lines = completeLines(log);
            java.nio.file.Files.deleteIfExists(log);
            currentRun = run;
            read(lines);
            failures.addAll(verify(run));
            progress.accept(run + 1);
        }
        return new Tally(kills, acknowledged, failures);
    }

    /** The lines of the worker's file that it finished writing (a kill may cut the last one short). */
    private static List<String> completeLines(Path log) throws IOException {
        if (!java.nio.file.Files.exists(log)) {
            return List.of();
        }
        String text = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1); // after the last newline: empty, or a line the kill cut short
        return lines;
    }

    /** Takes in what a killed worker printed, and settles the deletions it had under way. */
    void read(List<String> lines) {
        Set<String> inFlight = new HashSet<>();
        for (String line : lines) {
            acknowledge(line, inFlight);
        }
        settle(inFlight);
    }

    /**
     * Reads one line of the worker: "BEGIN delete UUID" announces a deletion, which may have been
     * committed or not when the kill came; "ACK …" reports a committed change.
     */
    private void acknowledge(String line, Set<String> inFlight) {
        String[] part = line.split(" ");
        for (int i = 2; i < part.length; i++) {
            history.computeIfAbsent(part[i], k -> new ArrayList<>()).add("run " + currentRun + ": " + line);
        }
        if ("BEGIN".equals(part[0])) {
            inFlight.add(part[2]);
            return;
        }
        if (!"ACK".equals(part[0])) {
            return;
        }
        if ("delete".equals(part[1])) {
            inFlight.remove(part[2]);
        }
        acknowledged++;
        switch (part[1]) {
            case "import" -> imports.add(part[2]);
            case "quote" -> quotes.add(part[2]);
            case "delete" -> deleted.add(part[2]);
            case "merge" -> mergedAway.add(part[3]);
            case "batch" -> batches.add(part[2]);
            default -> throw new IllegalStateException("unknown acknowledgement: " + line);
        }
    }

    /**
     * A deletion under way when the kill came either happened (the quote is gone: it counts as
     * deleted from now on) or did not (the quote is there, and must stay).
     */
    private void settle(Set<String> inFlight) {
        if (inFlight.isEmpty() || !workspace.toFile().exists()) {
            return;
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace); Statement sql = db.createStatement()) {
            Set<String> present = column(sql, "SELECT uuid FROM quote");
            inFlight.stream().filter(uuid -> !present.contains(uuid)).forEach(deleted::add);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + workspace, e);
        }
    }

    /** Everything that must hold after a kill; returns what does not. */
    List<String> verify(int run) {
        List<String> failures = new ArrayList<>();
        if (!workspace.toFile().exists()) {
            return failures; // killed before the first transaction
        }
        if (blank()) {
            // Killed while the first worker was creating the workspace: its schema was never committed, and
            // Quotebench treats the file as a new workspace. Nothing can have been acknowledged yet.
            if (acknowledged > 0) {
                failures.add("after kill " + run + ": the workspace is blank after " + acknowledged + " acknowledged changes");
            }
            return failures;
        }
        Check.Report report = Check.run(workspace);
        report.problems().forEach(p -> failures.add("after kill " + run + ": " + p));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace);
                Statement sql = db.createStatement()) {
            Map<String, Integer> importQuotes = new HashMap<>();
            Set<String> titles = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT a.title, (SELECT count(*) FROM quote q WHERE q.article_id = a.id "
                    + "AND q.annotator = 'import-' || substr(a.title, 16)) FROM article a")) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                    importQuotes.put(rows.getString(1), rows.getInt(2));
                }
            }
            Map<String, Integer> batchSizes = new HashMap<>();
            for (String title : titles) {
                String id = title.substring("Harbour report ".length());
                if (id.contains("/")) {
                    batchSizes.merge(id.substring(0, id.indexOf('/')), 1, Integer::sum);
                } else if (importQuotes.get(title) != 3) {
                    failures.add("after kill " + run + ": article " + id + " has " + importQuotes.get(title) + " of its 3 quotes");
                }
            }
            batchSizes.forEach((batch, size) -> {
                if (size != 5) {
                    failures.add("after kill " + run + ": command-line import " + batch + " stored " + size + " of 5 files");
                }
            });
            imports.stream().filter(id -> !titles.contains("Harbour report " + id))
                    .forEach(id -> failures.add("after kill " + run + ": acknowledged import " + id + " is missing"));
            batches.stream().filter(id -> batchSizes.getOrDefault(id, 0) != 5)
                    .forEach(id -> failures.add("after kill " + run + ": acknowledged command-line import " + id + " is missing"));
            Set<String> quoteUuids = column(sql, "SELECT uuid FROM quote");
            quotes.stream().filter(uuid -> !deleted.contains(uuid) && !quoteUuids.contains(uuid))
                    .forEach(uuid -> failures.add("after kill " + run + ": acknowledged quote " + uuid + " is missing; its lines: "
                            + history.getOrDefault(uuid, List.of())));
            deleted.stream().filter(quoteUuids::contains)
                    .forEach(uuid -> failures.add("after kill " + run + ": deleted quote " + uuid + " is back"));
            Set<String> speakerUuids = column(sql, "SELECT uuid FROM speaker");
            mergedAway.stream().filter(speakerUuids::contains)
                    .forEach(uuid -> failures.add("after kill " + run + ": merged-away speaker " + uuid + " is back"));
        } catch (SQLException e) {
            failures.add("after kill " + run + ": cannot read the workspace: " + e.getMessage());
        }
        return failures;
    }

    /** Whether the file holds no schema at all (an SQLite file with no tables, or an empty one). */
    private boolean blank() {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + workspace); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() && rows.getInt(1) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Set<String> column(Statement sql, String query) throws SQLException {
        Set<String> values = new HashSet<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
