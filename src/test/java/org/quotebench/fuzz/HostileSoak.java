package org.quotebench.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hostile-input soak: {@code mvn -q -B -DskipTests test-compile exec:java@hostile-soak -Dhostile.minutes=10}
 * runs the annotation fuzzers of {@link AnnotationFuzzTest} (every format in turn, seeded) for that
 * many minutes and prints {@code tries / refused / accepted / unexpected}, with the first unexpected
 * tries in full. Exit 1 if any try was unexpected.
 */
public final class HostileSoak {
    private HostileSoak() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(System.getProperty("hostile.minutes", args.length > 0 ? args[0] : "10"));
        long seed = Long.parseLong(System.getProperty("hostile.seed", "20261123"));
        Path dir = Files.createTempDirectory("quotebench-hostile-soak-");
        Map<String, long[]> tally = new LinkedHashMap<>();
        Map<String, AnnotationFuzzer> fuzzers = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        for (String format : AnnotationFuzzer.FORMATS) {
            Path formatDir = Files.createDirectories(dir.resolve(format));
            AnnotationFuzzer fuzzer = new AnnotationFuzzer(format, formatDir, seed + format.hashCode());
            fuzzers.put(format, fuzzer);
            tally.put(format, new long[4]);
            count(fuzzer.base(), tally.get(format), unexpected);
        }
        long started = System.nanoTime();
        long end = started + (long) (minutes * 60e9);
        long nextReport = started + 60_000_000_000L;
        while (System.nanoTime() < end) {
            for (Map.Entry<String, AnnotationFuzzer> f : fuzzers.entrySet()) {
                count(f.getValue().next(), tally.get(f.getKey()), unexpected);
            }
            if (System.nanoTime() > nextReport) {
                nextReport += 60_000_000_000L;
                System.out.printf(Locale.ROOT, "%.0f min: %s%n", (System.nanoTime() - started) / 60e9, line(total(tally)));
            }
        }
        fuzzers.values().forEach(AnnotationFuzzer::close);
        System.out.printf(Locale.ROOT, "Hostile soak, %.1f minutes, seed %d (tries / refused / accepted / unexpected):%n",
                (System.nanoTime() - started) / 60e9, seed);
        tally.forEach((format, t) -> System.out.printf(Locale.ROOT, "  %-13s %s%n", format, line(t)));
        System.out.printf(Locale.ROOT, "  %-13s %s%n", "all", line(total(tally)));
        unexpected.stream().limit(5).forEach(u -> System.out.println("UNEXPECTED " + u));
        System.exit(unexpected.isEmpty() ? 0 : 1);
    }

    private static void count(AnnotationFuzzer.Result result, long[] t, List<String> unexpected) {
        t[0]++;
        switch (result.outcome()) {
            case REFUSED -> t[1]++;
            case ACCEPTED -> t[2]++;
            default -> {
                t[3]++;
                unexpected.add(result.detail());
            }
        }
    }

    private static long[] total(Map<String, long[]> tally) {
        long[] all = new long[4];
        tally.values().forEach(t -> {
            for (int i = 0; i < 4; i++) {
                all[i] += t[i];
            }
        });
        return all;
    }

    private static String line(long[] t) {
        return String.format(Locale.ROOT, "%,d / %,d / %,d / %,d", t[0], t[1], t[2], t[3]);
    }
}
