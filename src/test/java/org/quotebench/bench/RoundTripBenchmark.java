package org.quotebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.export.AnnotationImport;
import org.quotebench.export.ExportFormat;
import org.quotebench.export.ExportSelection;
import org.quotebench.export.ExportedArticle;
import org.quotebench.export.Exports;
import org.quotebench.export.InceptionReader;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/**
 * Issue 22: real annotations through every exchange format and back. Imports PolNeAR dev (brat, several
 * annotators on some articles; or any brat corpus given as the argument) into an empty workspace, then
 * for each format exports everything and imports it into another empty workspace, and compares the two
 * quote by quote: per annotator, the pieces, the mention, the cue and the speaker. Prints the counts
 * and what each format does not keep. The INCEpTION export is read back with DKPro Core's XmiReader.
 * Run with: mvn -q -B -DskipTests package exec:java@round-trip-bench [-Dexec.args=BRAT_DIR]
 */
public final class RoundTripBenchmark {
    private RoundTripBenchmark() {
    }

    /** A quote as the comparison sees it: its article's text hash, annotator, pieces, mention, cue and speaker. */
    private record Row(String article, String annotator, List<Span> pieces, Optional<Span> mention, Optional<Span> cue,
            String speaker) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Reference.folder().resolve("polnear").resolve("dev");
        if (!Files.isDirectory(corpus)) {
            System.out.println("round trip: " + corpus + " is absent; give a brat corpus as the argument");
            return;
        }
        Path dir = Files.createTempDirectory("quotebench-round-trip");
        List<Row> original;
        List<ExportedArticle> articles;
        try (Workspace source = Workspace.open(dir.resolve("source.qb"))) {
            AnnotationImport importing = new AnnotationImport(source);
            importing.run("brat", corpus, Optional.empty(), Optional.empty(), path -> { });
            original = rows(source);
            articles = new ExportSelection(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()).read(source);
        }
        System.out.printf("round trip of %s: %d quotes, %s%n", Reference.describe(corpus), original.size(), perAnnotator(original));
        for (ExportFormat format : List.of(ExportFormat.BRAT, ExportFormat.LABEL_STUDIO, ExportFormat.DOCCANO, ExportFormat.JSONL,
                ExportFormat.BUNDLE)) {
            Path out = dir.resolve("export-" + format.code() + (format == ExportFormat.BRAT ? "" : ".out"));
            Exports.write(format, articles, out);
            try (Workspace target = Workspace.open(dir.resolve("back-" + format.code() + ".qb"))) {
                new AnnotationImport(target).run(format.code(), out, Optional.empty(), Optional.empty(), path -> { });
                List<Row> back = rows(target);
                System.out.printf("  %-12s %5d quotes back, %s; %s%n", format.code(), back.size(), perAnnotator(back),
                        differences(original, back));
            }
        }
        // INCEpTION: Quotebench does not import XMI; read back as INCEpTION does (DKPro Core's XmiReader)
        Path out = dir.resolve("export-inception");
        Exports.write(ExportFormat.INCEPTION, articles, out);
        List<Row> back = new ArrayList<>();
        for (InceptionReader.ReadQuote q : InceptionReader.read(out)) {
            String name = q.file().replaceAll("\\.xmi$", "");
            String annotator = name.matches(".*_[0-9A-Za-z]{2,12}$") ? name.substring(name.lastIndexOf('_') + 1) : "-";
            back.add(new Row(sha256(q.text()), annotator, q.pieces(), q.mention(), q.cue(),
                    q.speaker() == null ? "-" : q.speaker()));
        }
        System.out.printf("  %-12s %5d quotes read back by DKPro Core, %s; %s%n", "inception", back.size(), perAnnotator(back),
                differences(original, back));
    }

    private static List<Row> rows(Workspace workspace) {
        Map<Long, String> texts = new TreeMap<>();
        workspace.articles().list().forEach(a -> texts.put(a.id(), a.textSha256()));
        List<Row> rows = new ArrayList<>();
        for (Quote q : workspace.quotes().list(QuoteFilter.all())) {
            rows.add(new Row(texts.get(q.articleId()), q.annotator().orElse("-"), q.fragments(), q.mention(), q.cue(),
                    q.speaker().map(s -> s.name()).orElse("-")));
        }
        rows.sort(Comparator.comparing(Row::toString));
        return rows;
    }

    private static String perAnnotator(List<Row> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.annotator(), 1, Integer::sum));
        return "per annotator " + counts;
    }

    /** How many quotes differ in each respect (compared in the same order, which both lists share when nothing is lost). */
    private static String differences(List<Row> original, List<Row> back) {
        if (original.size() != back.size()) {
            return "counts differ";
        }
        int annotators = 0;
        int pieces = 0;
        int mentions = 0;
        int cues = 0;
        int speakers = 0;
        int shown = 0;
        List<Row> a = sortedByPlace(original);
        List<Row> b = sortedByPlace(back);
        for (int i = 0; i < a.size(); i++) {
            annotators += a.get(i).annotator().equals(b.get(i).annotator()) ? 0 : 1;
            pieces += a.get(i).pieces().equals(b.get(i).pieces()) ? 0 : 1;
            mentions += a.get(i).mention().equals(b.get(i).mention()) ? 0 : 1;
            cues += a.get(i).cue().equals(b.get(i).cue()) ? 0 : 1;
            speakers += a.get(i).speaker().equals(b.get(i).speaker()) ? 0 : 1;
            if (!a.get(i).equals(b.get(i)) && shown++ < 3) {
                System.out.println("    was  " + a.get(i) + "\n    back " + b.get(i));
            }
        }
        return annotators + pieces + mentions + cues + speakers == 0 ? "identical"
                : "differ: annotator " + annotators + ", pieces " + pieces + ", mention " + mentions + ", cue " + cues + ", speaker "
                        + speakers;
    }

    private static List<Row> sortedByPlace(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::article).thenComparing(r -> r.pieces().get(0).start())
                .thenComparing(r -> r.pieces().get(r.pieces().size() - 1).end()).thenComparing(r -> r.mention().toString())
                .thenComparing(r -> r.cue().toString()).thenComparing(Row::annotator));
        return sorted;
    }

    /** The text's SHA-256 as the workspace records it. */
    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
