package org.quotebench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns cue words from a brat corpus (issue 21): the first word of every Cue span of an attribution
 * whose content holds a quotation mark (a helper word such as "has" or "in" skipped), kept when it
 * introduces quotations at least {@link #AT_LEAST} times and is a regular verb form (-s, -ed, -ing).
 * Writes {@code src/main/resources/org/quotebench/suggest/learned-cues.txt}; the finder adds them to its
 * hand-written list. Retrain the ranker afterwards: the cues change what its features see.
 *
 * <pre>mvn -q -B -o -DskipTests package exec:java@learn-cues [-Dexec.args=BRAT_DIR]</pre>
 */
public final class LearnCues {
    static final int AT_LEAST = 5;
    static final Path OUT = Path.of("src/main/resources/org/quotebench/suggest/learned-cues.txt");
    private static final Set<String> HELPERS = Set.of("is", "was", "has", "have", "had", "be", "been", "are", "were", "will",
            "would", "also", "in", "for", "to", "on", "as", "with", "by", "from", "about", "that", "according", "not", "do",
            "does", "did", "then", "later", "again", "once", "this", "his", "its");

    private LearnCues() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : TrainFinder.DEFAULT_CORPUS;
        if (!BratCorpus.isCorpus(corpus)) {
            System.err.println("learn-cues: no brat corpus at " + corpus.toAbsolutePath().normalize() + "; give one with -Dexec.args=DIR");
            System.exit(1);
        }
        Map<String, Integer> counts = new HashMap<>();
        int files = 0;
        try (var list = Files.list(corpus.resolve("attributions"))) {
            for (Path ann : list.sorted().toList()) {
                files++;
                count(Files.readAllLines(ann, StandardCharsets.UTF_8), counts);
            }
        }
        Map<String, Integer> kept = new TreeMap<>();
        counts.forEach((word, n) -> {
            if (n >= AT_LEAST && word.matches("[a-z]{3,}") && (word.endsWith("s") || word.endsWith("ed") || word.endsWith("ing"))) {
                kept.put(word, n);
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("# Cue words learned from the Cue spans of quotations (org.quotebench.bench.LearnCues), one a line,");
        lines.add("# added to the quote finder's hand-written list. Words only: no text of the corpus.");
        lines.add("# command: mvn -q -B -o -DskipTests package exec:java@learn-cues");
        lines.add("# data: " + Reference.describe(corpus) + " (" + files + " annotation files); made " + LocalDate.now()
                + "; kept: first words of quotation cues seen at least " + AT_LEAST + " times, -s, -ed or -ing forms");
        lines.addAll(kept.keySet());
        Files.write(OUT, lines, StandardCharsets.UTF_8);
        System.out.println("learn-cues: " + kept.size() + " words written to " + OUT + ": " + String.join(" ", kept.keySet()));
    }

    /** Counts the first word of each Cue of an attribution whose Content holds a quotation mark. */
    static void count(List<String> lines, Map<String, Integer> counts) {
        Map<String, String> spans = new HashMap<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            if (parts.length >= 3 && parts[0].startsWith("T")) {
                spans.put(parts[0], parts[2]);
            } else if (parts.length >= 2 && parts[0].startsWith("E")) {
                Map<String, List<String>> roles = new HashMap<>();
                for (String arg : parts[1].trim().split(" +")) {
                    String[] rt = arg.split(":");
                    if (rt.length == 2) {
                        roles.computeIfAbsent(rt[0].replaceAll("\\d+$", ""), k -> new ArrayList<>()).add(rt[1]);
                    }
                }
                events.add(roles);
            }
        }
        for (Map<String, List<String>> event : events) {
            boolean quoted = event.getOrDefault("Content", List.of()).stream().map(id -> spans.getOrDefault(id, ""))
                    .anyMatch(text -> text.chars().anyMatch(c -> "“”\"".indexOf(c) >= 0));
            if (!quoted) {
                continue;
            }
            for (String cue : event.getOrDefault("Cue", List.of())) {
                String[] words = spans.getOrDefault(cue, "").toLowerCase(java.util.Locale.ROOT).split("\\s+");
                String first = words.length > 0 ? words[0].replaceAll("[^\\p{L}]", "") : "";
                if (HELPERS.contains(first) && words.length > 1) {
                    first = words[1].replaceAll("[^\\p{L}]", "");
                }
                if (!first.isEmpty() && !HELPERS.contains(first)) {
                    counts.merge(first, 1, Integer::sum);
                }
            }
        }
    }
}
