package org.quotebench.crash;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long crash soak: {@code mvn -q -B -DskipTests test-compile exec:exec@crash-soak} (1,000 kills;
 * {@code -Dcrash.kills=N} for another number). Prints the tally; exit 1 if any check failed.
 */
public final class CrashSoak {
    private CrashSoak() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("quotebench-crash-soak-");
        Path workspace = dir.resolve("soak.qb");
        long started = System.nanoTime();
        CrashHarness.Tally tally = new CrashHarness(workspace, 20261123L).run(kills, done -> {
            if (done % 50 == 0) {
                System.out.printf("%d kills, %.0f s%n", done, (System.nanoTime() - started) / 1e9);
            }
        });
        System.out.printf("Crash soak: %d kill -9s, %d acknowledged changes, %d failures, %.0f s; workspace %s (%d KB)%n",
                tally.kills(), tally.acknowledged(), tally.failures().size(), (System.nanoTime() - started) / 1e9, workspace,
                Files.size(workspace) / 1024);
        tally.failures().stream().limit(50).forEach(System.out::println);
        System.exit(tally.failures().isEmpty() ? 0 : 1);
    }
}
