package org.quotebench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A brat corpus in PolNeAR's layout (text/NAME.txt, attributions/NAME_ANNOTATOR.ann), read the way
 * {@code tools/score_polnear.py} in the reference folder ({@link Reference}) reads it: the first annotator's file, each attribution's
 * Content spans and Source spans, offsets in code points.
 */
record BratCorpus(Path folder, List<Doc> docs) {
    /** A text-bound span [start, end) in code points. */
    record Bound(int start, int end) {
    }

    /** An attribution's content and its sources; {@code quoted} when the content holds a quotation mark. */
    record Unit(Bound content, List<Bound> sources, boolean quoted) {
    }

    /** One article: its name, text, and attributions in file order. */
    record Doc(String name, String text, List<Unit> units) {
    }

    private static final String QUOTE_MARKS = "“”\"«»„";

    static boolean isCorpus(Path folder) {
        return Files.isDirectory(folder.resolve("text")) && Files.isDirectory(folder.resolve("attributions"));
    }

    static BratCorpus read(Path folder) throws IOException {
        List<String> anns = list(folder.resolve("attributions"));
        List<Doc> docs = new ArrayList<>();
        for (String t : list(folder.resolve("text"))) {
            if (!t.endsWith(".txt")) {
                continue;
            }
            String base = t.substring(0, t.length() - 4);
            String ann = anns.stream().filter(a -> a.startsWith(base + "_")).findFirst().orElse(null);
            if (ann == null) {
                continue;
            }
            String text = Files.readString(folder.resolve("text").resolve(t), StandardCharsets.UTF_8);
            docs.add(new Doc(base, text, units(text, Files.readAllLines(folder.resolve("attributions").resolve(ann),
                    StandardCharsets.UTF_8))));
        }
        return new BratCorpus(folder, List.copyOf(docs));
    }

    private static List<Unit> units(String text, List<String> lines) {
        int[] cps = text.codePoints().toArray();
        Map<String, Bound> spans = new HashMap<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            if (parts.length < 2) {
                continue;
            }
            if (parts[0].startsWith("T")) {
                String frag = parts[1].substring(parts[1].indexOf(' ') + 1);
                String[] pieces = frag.split(";");
                int start = Integer.parseInt(pieces[0].trim().split(" ")[0]);
                String[] last = pieces[pieces.length - 1].trim().split(" ");
                spans.put(parts[0], new Bound(start, Integer.parseInt(last[1])));
            } else if (parts[0].startsWith("E")) {
                Map<String, List<String>> roles = new HashMap<>();
                for (String arg : parts[1].trim().split(" +")) {
                    String[] rt = arg.split(":");
                    roles.computeIfAbsent(rt[0].replaceAll("\\d+$", ""), k -> new ArrayList<>()).add(rt[1]);
                }
                events.add(roles);
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Map<String, List<String>> ev : events) {
            List<Bound> sources = ev.getOrDefault("Source", List.of()).stream().filter(spans::containsKey).map(spans::get).toList();
            for (String c : ev.getOrDefault("Content", List.of())) {
                Bound b = spans.get(c);
                if (b != null) {
                    units.add(new Unit(b, sources, holdsMark(cps, b)));
                }
            }
        }
        return units;
    }

    private static boolean holdsMark(int[] cps, Bound b) {
        for (int i = b.start(); i < Math.min(b.end(), cps.length); i++) {
            if (QUOTE_MARKS.indexOf(cps[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
