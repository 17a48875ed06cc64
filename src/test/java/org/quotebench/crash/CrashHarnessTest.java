package org.quotebench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/** The harness's checks do fail: on a lost acknowledged change, on a half-applied import, and not on an unacknowledged delete. */
class CrashHarnessTest {
    @TempDir
    Path dir;

    @Test
    void lostAndHalfAppliedChangesAreReported() throws Exception {
        Path file = dir.resolve("w.qb");
        Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrashWorker.class.getName(), file.toString(), "0", "7").start();
        List<String> lines = new java.util.ArrayList<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(worker.getInputStream()))) {
            for (String line = in.readLine(); line != null && lines.stream().filter(l -> l.startsWith("ACK import")).count() < 3;
                    line = in.readLine()) {
                lines.add(line);
            }
        }
        worker.destroyForcibly().waitFor();
        CrashHarness harness = new CrashHarness(file, 1);
        harness.read(lines);
        assertThat(harness.verify(0)).isEmpty();

        String importId = lines.stream().filter(l -> l.startsWith("ACK import")).findFirst().orElseThrow().split(" ")[2];
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            // Take one quote away from an import, as a non-atomic import would leave it.
            sql.execute("DELETE FROM quote WHERE id = (SELECT min(id) FROM quote WHERE annotator = 'import-" + importId + "')");
        }
        harness.read(List.of("ACK import 99-1"));
        assertThat(harness.verify(1)).anyMatch(f -> f.contains("article " + importId + " has 2 of its 3 quotes"))
                .anyMatch(f -> f.contains("acknowledged import 99-1 is missing"));

        // A quote deleted by a delete the kill interrupted after its commit is not a loss.
        String uuid;
        try (Workspace ws = Workspace.open(file)) {
            var quote = ws.quotes().list(QuoteFilter.all()).get(0);
            uuid = quote.uuid();
            ws.quotes().delete(quote.id());
        }
        CrashHarness fresh = new CrashHarness(file, 2);
        fresh.read(List.of("ACK quote " + uuid + " 0-0"));
        assertThat(fresh.verify(2)).anyMatch(f -> f.contains("acknowledged quote " + uuid + " is missing"));
        CrashHarness interrupted = new CrashHarness(file, 3);
        interrupted.read(List.of("ACK quote " + uuid + " 0-0", "BEGIN delete " + uuid));
        assertThat(interrupted.verify(3)).noneMatch(f -> f.contains(uuid));
    }
}
