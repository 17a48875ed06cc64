package org.quotebench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotebench.core.Article;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Quote;
import org.quotebench.export.AnnotationImport;
import org.quotebench.store.Workspace;

/**
 * Feeds {@code import-annotations} one format's real-shaped file (see {@link RealShapedFiles}), mutated
 * (types, numbers, nesting, truncation; {@link JsonMutations}, {@link BratMutations}, {@link TextMutations})
 * with a seeded random, and judges each try: accepted with exact data (every stored quote's offsets are
 * numbers the file gives, its words are the text's, and the unmutated file gives exactly the expected
 * quotes), refused with one {@code FILE:LINE: reason} line and nothing stored, or unexpected (anything
 * else: an exception, a refusal without its line, something stored from a refused file).
 */
public final class AnnotationFuzzer implements AutoCloseable {
    public static final List<String> FORMATS = List.of("jsonl", "label-studio", "doccano", "brat", "bundle");
    /** Writes mutated trees however deep they were nested (the reader's limit is what is tried). */
    private static final com.fasterxml.jackson.databind.ObjectMapper WRITER = new com.fasterxml.jackson.databind.ObjectMapper(
            com.fasterxml.jackson.core.JsonFactory.builder().streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints
                    .builder().maxNestingDepth(100_000).build()).build());
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    /** A fresh workspace after this many tries, so that a long soak does not slow down. */
    private static final int TRIES_PER_WORKSPACE = 400;

    public enum Outcome { ACCEPTED, REFUSED, UNEXPECTED }

    /** How one try went, with what was tried when it went wrong. */
    public record Result(Outcome outcome, String detail) {
    }

    private final String format;
    private final Path dir;
    private final Random random;
    private final JsonMutations json;
    private final BratMutations brat;
    private final TextMutations bytes;
    private Workspace workspace;
    private final Set<Long> seenQuotes = new HashSet<>();
    private int tries;

    public AnnotationFuzzer(String format, Path dir, long seed) {
        this.format = format;
        this.dir = dir;
        this.random = new Random(seed);
        this.json = new JsonMutations(random);
        this.brat = new BratMutations(random);
        this.bytes = new TextMutations(random);
    }

    /** The unmutated file: accepted, with exactly the quotes {@link RealShapedFiles#expected} lists. */
    public Result base() {
        Map<String, byte[]> files = baseFiles();
        Result result = attempt(files);
        if (result.outcome() != Outcome.ACCEPTED) {
            return result;
        }
        List<String> stored = new ArrayList<>();
        for (Article article : workspace.articles().list().stream().map(a -> workspace.articles().get(a.id())).toList()) {
            if (article.text().equals(RealShapedFiles.TEXT)) {
                CodePointIndex index = new CodePointIndex(article.text());
                workspace.quotes().ofArticle(article.info().id()).forEach(q -> stored.add(describe(index, q)));
            }
        }
        List<String> expected = RealShapedFiles.expected(format);
        return stored.stream().sorted().toList().equals(expected.stream().sorted().toList()) ? result
                : new Result(Outcome.UNEXPECTED, format + " base file stored " + stored + ", expected " + expected);
    }

    /** One mutated file. */
    public Result next() {
        Map<String, byte[]> files = new java.util.HashMap<>(baseFiles());
        String main = format.equals("brat") ? "doc.ann" : "file";
        int mutations = 1 + random.nextInt(3);
        if (format.equals("brat")) {
            String ann = new String(files.get(main), StandardCharsets.UTF_8);
            for (int i = 0; i < mutations; i++) {
                ann = brat.mutate(ann);
            }
            files.put(main, ann.getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(10) == 0) {
                files.put("doc.txt", bytes.mutate(files.get("doc.txt")));
            }
        } else if (random.nextInt(5) > 0) {
            files.put(main, mutatedJson(new String(files.get(main), StandardCharsets.UTF_8), mutations));
        }
        if (random.nextInt(4) == 0) {
            files.put(main, bytes.mutate(files.get(main)));
        }
        return attempt(files);
    }

    private byte[] mutatedJson(String content, int mutations) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : format.equals("label-studio") ? List.of(content) : content.lines().toList()) {
                JsonNode tree = RealShapedFiles.JSON.readTree(line);
                for (int i = 0; i < mutations; i++) {
                    json.mutate(tree);
                }
                out.add(format.equals("label-studio") && random.nextBoolean() ? WRITER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(tree) : WRITER.writeValueAsString(tree));
            }
            return (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> baseFiles() {
        return switch (format) {
            case "jsonl" -> Map.of("file", RealShapedFiles.jsonl().getBytes(StandardCharsets.UTF_8));
            case "label-studio" -> Map.of("file", RealShapedFiles.labelStudio().getBytes(StandardCharsets.UTF_8));
            case "doccano" -> Map.of("file", RealShapedFiles.doccano().getBytes(StandardCharsets.UTF_8));
            case "bundle" -> Map.of("file", RealShapedFiles.bundleLine().getBytes(StandardCharsets.UTF_8));
            default -> Map.of("doc.txt", RealShapedFiles.TEXT.getBytes(StandardCharsets.UTF_8),
                    "doc.ann", RealShapedFiles.brat().get("ann").getBytes(StandardCharsets.UTF_8),
                    "other.txt", "Other news: “Quiet day,” said the port.".getBytes(StandardCharsets.UTF_8),
                    "other.ann", "T1\tContent 12 24\t“Quiet day,”\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Imports {@code files} (one file, or a brat folder) and judges what happened. */
    private Result attempt(Map<String, byte[]> files) {
        tries++;
        Path target;
        try {
            if (workspace == null || tries % TRIES_PER_WORKSPACE == 0) {
                resetWorkspace();
            }
            target = write(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return judged(target, files);
        } finally {
            delete(target);
        }
    }

    private Result judged(Path target, Map<String, byte[]> files) {
        int articles = workspace.articles().count();
        int quotes = workspace.quotes().count();
        int speakers = workspace.speakers().list().size();
        AnnotationImport importing = new AnnotationImport(workspace);
        try {
            importing.run(format, target, Optional.empty(), Optional.empty(), p -> { });
        } catch (Throwable e) {
            return unexpected("threw " + e, files);
        }
        if (!importing.rejected().isEmpty()) {
            Path mutated = format.equals("brat") ? target.resolve("doc.ann") : target;
            String shown = format.equals("brat") ? target.resolve("doc") + "\\.(ann|txt)"
                    : format.equals("bundle") ? Pattern.quote(target.toString()) + "(:quotes\\.jsonl)?" // ": refused, …" is a whole-bundle reason
                    : Pattern.quote(target.toString());
            AnnotationImport.Refusal refusal = importing.rejected().get(0);
            if (importing.rejected().size() != 1 || !refusal.file().equals(mutated.toString())) {
                return unexpected("refused " + importing.rejected(), files);
            }
            boolean wholeBundle = format.equals("bundle") && refusal.reason().matches(Pattern.quote(target.toString())
                    + ": refused, [^\\n]+\\. Nothing was merged\\.");
            if (!wholeBundle && !refusal.reason().matches(shown + ":\\d+: [^\\n]+")) {
                return unexpected("a refusal not in FILE:LINE: reason form: " + refusal.reason(), files);
            }
            if (workspace.articles().count() != articles || workspace.quotes().count() != quotes
                    || workspace.speakers().list().size() != speakers) {
                return unexpected("refused, yet something was stored: " + refusal.reason(), files);
            }
            return new Result(Outcome.REFUSED, refusal.reason());
        }
        return exact(importing, files);
    }

    /** Every quote the import stored has offsets the file gives and the words of its text. */
    private Result exact(AnnotationImport importing, Map<String, byte[]> files) {
        Set<String> numbers = new HashSet<>();
        files.values().forEach(content -> {
            Matcher m = INTEGER.matcher(new String(content, StandardCharsets.UTF_8));
            while (m.find()) {
                numbers.add(new java.math.BigInteger(m.group()).toString());
            }
        });
        List<Long> articleIds = new ArrayList<>();
        importing.imported().forEach(a -> articleIds.add(a.id()));
        importing.duplicates().forEach(d -> articleIds.add(d.articleId()));
        if (format.equals("bundle")) { // a merge reports counts, not articles: look at them all
            workspace.articles().list().forEach(a -> articleIds.add(a.id()));
        }
        for (long id : articleIds) {
            Article article = workspace.articles().get(id);
            CodePointIndex index = new CodePointIndex(article.text());
            for (Quote q : workspace.quotes().ofArticle(id)) {
                if (!seenQuotes.add(q.id())) {
                    continue;
                }
                if (!q.exact().equals(article.text().substring(q.span().start(), q.span().end()))) {
                    return unexpected("stored words that are not the text's: " + q, files);
                }
                // doccano counts UTF-16 units (Java indices); the others code points.
                boolean units = format.equals("doccano");
                int start = units ? q.span().start() : index.toCodePoint(q.span().start());
                int end = units ? q.span().end() : index.toCodePoint(q.span().end());
                if (!numbers.contains(Integer.toString(start)) || !numbers.contains(Integer.toString(end))) {
                    return unexpected("stored offsets " + start + "-" + end + " that the file does not give", files);
                }
            }
        }
        return new Result(Outcome.ACCEPTED, importing.quotes() + " quotes");
    }

    private Result unexpected(String what, Map<String, byte[]> files) {
        StringBuilder detail = new StringBuilder(format + " try " + tries + ": " + what);
        files.forEach((name, content) -> {
            String text = new String(content, StandardCharsets.UTF_8);
            detail.append("\n--- ").append(name).append(" ---\n").append(text.length() > 4000 ? text.substring(0, 4000) + "…" : text);
        });
        return new Result(Outcome.UNEXPECTED, detail.toString());
    }

    private static String describe(CodePointIndex index, Quote q) {
        return index.toCodePoint(q.span().start()) + "-" + index.toCodePoint(q.span().end()) + " " + q.kind().code().toLowerCase(
                java.util.Locale.ROOT) + " " + q.speaker().map(s -> s.name()).orElse("-") + " " + q.mention().map(m -> index.toCodePoint(
                m.start()) + "-" + index.toCodePoint(m.end())).orElse("-") + " " + q.cue().map(c -> index.toCodePoint(c.start()) + "-"
                + index.toCodePoint(c.end())).orElse("-") + " " + q.annotator().orElse("-");
    }

    private Path write(Map<String, byte[]> files) throws IOException {
        Path place = dir.resolve("try-" + tries + (format.equals("brat") ? "" : format.equals("label-studio") ? ".json"
                : format.equals("bundle") ? ".qbz" : ".jsonl"));
        if (format.equals("bundle")) {
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(place))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
                zip.write("{\"format\":\"quotebench-bundle\",\"version\":1}".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new java.util.zip.ZipEntry("quotes.jsonl"));
                zip.write(files.get("file"));
            }
        } else if (format.equals("brat")) {
            Files.createDirectories(place);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(place.resolve(f.getKey()), f.getValue());
            }
        } else {
            Files.write(place, files.get("file"));
        }
        return place;
    }

    private static void delete(Path target) {
        try (java.util.stream.Stream<Path> all = Files.walk(target)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void resetWorkspace() throws IOException {
        Optional<Path> old = Optional.ofNullable(workspace).map(Workspace::file);
        close();
        if (old.isPresent()) {
            for (String side : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(old.get().resolveSibling(old.get().getFileName() + side));
            }
        }
        seenQuotes.clear();
        try (java.util.stream.Stream<Path> reports = Files.list(dir)) { // merge reports of conflicting bundles
            for (Path report : reports.filter(r -> r.getFileName().toString().contains(".merge-")).toList()) {
                Files.deleteIfExists(report);
            }
        }
        Path file = dir.resolve(format + "-" + tries + ".qb");
        workspace = Workspace.open(file);
        if (format.equals("brat")) { // the good pair beside each mutated one is there already: a refusal must add nothing
            Path good = Files.createDirectories(dir.resolve("good-" + tries));
            Files.write(good.resolve("other.txt"), baseFiles().get("other.txt"));
            Files.write(good.resolve("other.ann"), baseFiles().get("other.ann"));
            new AnnotationImport(workspace).run("brat", good, Optional.empty(), Optional.empty(), p -> { });
            delete(good);
        }
    }

    /** Closes the workspace. */
    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
