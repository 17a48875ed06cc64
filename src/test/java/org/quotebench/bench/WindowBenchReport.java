package org.quotebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The window benchmark's table and notes, and the statistics they are made of; written to target/bench/window.md. */
final class WindowBenchReport {
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Table rows, in the order measured. */
    List<String> rows() {
        return rows;
    }

    /** Lines under the table: the steps of each measure. */
    List<String> notes() {
        return notes;
    }

    void row(String what, List<FrameProbe.Result> results, String target) {
        double cold = results.get(0).millis();
        double warm = median(results.subList(1, results.size()).stream().mapToDouble(FrameProbe.Result::millis).toArray());
        double worst = results.subList(1, results.size()).stream().mapToDouble(FrameProbe.Result::millis).max().orElse(0);
        rows.add(String.format("| %s | %.0f ms | %.0f ms (worst %.0f, %d runs) | %s |", what, cold, warm, worst,
                results.size() - 1, target));
        System.out.println(rows.get(rows.size() - 1));
    }

    void write(String loadBefore) throws Exception {
        List<String> out = new ArrayList<>();
        out.add("Quotebench window benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", JVM options " + jvmOptions()
                + ", headless Monocle with software rendering, 1400x900 window; "
                + "load average before " + loadBefore + ", after " + loadAverage());
        out.add("");
        out.add("| measure | cold | warm median | target |");
        out.add("| --- | --- | --- | --- |");
        out.addAll(rows);
        out.add("");
        out.add("Times run from the call on the FX thread to the end of the layout pass of the first pulse that shows "
                + "the new state (the highlights applied); cold is the first run in this JVM. Steps:");
        out.add("");
        notes.forEach(note -> out.add("- " + note));
        System.out.println();
        out.forEach(System.out::println);
        Path report = Path.of("target/bench/window.md");
        Files.createDirectories(report.getParent());
        Files.write(report, out);
        System.out.println();
        System.out.println("Written to " + report.toAbsolutePath());
    }

    static String medianMarks(List<FrameProbe.Result> results) {
        List<String> parts = new ArrayList<>();
        for (String name : results.get(0).marks().keySet()) {
            double[] values = results.stream().map(FrameProbe.Result::marks).filter(m -> m.containsKey(name))
                    .mapToDouble(m -> m.get(name)).toArray();
            parts.add(String.format("%s %.0f", name, median(values)));
        }
        parts.add(String.format("frame %.0f", median(results.stream().mapToDouble(FrameProbe.Result::millis).toArray())));
        return String.join(", ", parts);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The -XX options this JVM runs with (the JIT mode, above all), or "none". */
    private static String jvmOptions() {
        List<String> options = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX")).toList();
        return options.isEmpty() ? "none (tiered JIT)" : String.join(" ", options);
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

}
