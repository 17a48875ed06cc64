package org.quotebench.export;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Imports another tool's annotations with their texts into a workspace, for the command line and
 * the window alike: every file is read and checked whole, then stored in one transaction, or refused
 * (with its file, line and reason) with nothing of it stored; the others go on. What happened is
 * kept here for the caller to report.
 */
public final class AnnotationImport {
    /** The formats {@code import-annotations} reads. */
    public static final List<String> FORMATS = List.of("brat", "jsonl", "label-studio", "doccano", "bundle");

    /** A refused file and why. */
    public record Refusal(String file, String reason) {
    }

    /** An annotated text that was in the workspace already (its quotes were added to that article). */
    public record Duplicate(String file, long articleId) {
    }

    private final Workspace workspace;
    private final List<Refusal> rejected = new ArrayList<>();
    private final List<ArticleInfo> imported = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private int quotes;
    private int skippedLines;
    private int merged;
    private int articlesFromBundle;
    private Optional<Path> mergeReport = Optional.empty();
    private final List<BundleImport.Conflict> conflicts = new ArrayList<>();

    private DoccanoOffsets doccanoOffsets = DoccanoOffsets.UTF16;

    public AnnotationImport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What doccano files' offsets count (UTF-16 units unless the project is in grapheme mode). */
    public AnnotationImport doccanoOffsets(DoccanoOffsets offsets) {
        this.doccanoOffsets = offsets;
        return this;
    }

    /**
     * Imports {@code path} (a folder for brat, a file otherwise); {@code progress} hears of each file
     * as it starts. {@code annotator} overrides the one the files give.
     */
    public void run(String format, Path path, Optional<BratMapping> mapping, Optional<String> annotator, Consumer<Path> progress) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            throw new QuotebenchException("Unknown annotation format '" + format + "'; known: " + String.join(", ", FORMATS) + ".");
        }
        if (kind.equals("brat")) {
            for (BratFolder.Pair pair : BratFolder.pairs(path)) {
                progress.accept(pair.ann());
                attempt(pair.ann(), () -> store(pair.ann(), List.of(bratArticle(pair, mapping)),
                        annotator.or(pair::annotator).orElse("brat")));
            }
            return;
        }
        if (!Files.isRegularFile(path)) {
            throw new QuotebenchException(path + ": not a file (" + kind + " annotations are one file).");
        }
        progress.accept(path);
        if (kind.equals("bundle")) {
            attempt(path, () -> {
                BundleImport bundle = new BundleImport();
                bundle.run(workspace, path, found -> mergeReport = Optional.of(writeMergeReport(path, found)));
                quotes += bundle.quotesAdded();
                merged += bundle.quotesMerged();
                conflicts.addAll(bundle.conflicts());
                articlesFromBundle += bundle.articlesAdded();
            });
            return;
        }
        attempt(path, () -> {
            String content = read(path);
            List<AnnotatedArticle> articles = switch (kind) {
                case "jsonl" -> JsonlAnnotations.read(path.toString(), content);
                case "label-studio" -> LabelStudioAnnotations.read(path.toString(), content);
                default -> DoccanoAnnotations.read(path.toString(), content, doccanoOffsets);
            };
            store(path, articles, annotator.orElse(kind));
        });
    }

    public List<Refusal> rejected() {
        return List.copyOf(rejected);
    }

    public List<ArticleInfo> imported() {
        return List.copyOf(imported);
    }

    public List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

    public int quotes() {
        return quotes;
    }

    public int skippedLines() {
        return skippedLines;
    }

    /** Quotes a bundle brought that the workspace had already (the same, or resolved newest-wins). */
    public int merged() {
        return merged;
    }

    /** Quotes edited on both sides: the version kept and the one that lost, both listed so that nothing is lost. */
    public List<BundleImport.Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Where the versions that lost a newest-wins merge were written, when there were any. */
    public Optional<Path> mergeReport() {
        return mergeReport;
    }

    /**
     * Both versions of every quote edited on both sides, in a file beside the workspace
     * ({@code NAME.merge-TIME.json}), so that the one that lost is not lost.
     */
    private Path writeMergeReport(Path bundle, List<BundleImport.Conflict> found) {
        com.fasterxml.jackson.databind.node.ObjectNode report = JsonShapes.MAPPER.createObjectNode();
        report.put("bundle", bundle.toAbsolutePath().toString());
        report.put("workspace", workspace.localFile().map(f -> f.toAbsolutePath().toString()).orElse(workspace.location()));
        report.put("merged_at", java.time.Instant.now().toString());
        com.fasterxml.jackson.databind.node.ArrayNode list = report.putArray("conflicts");
        for (BundleImport.Conflict c : found) {
            com.fasterxml.jackson.databind.node.ObjectNode entry = list.addObject();
            entry.put(c.of() + "_uuid", c.uuid());
            entry.put("kept", c.kept());
            entry.set("ours", c.ours());
            entry.set("theirs", c.theirs());
        }
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        // beside the workspace file; for a library on a server, beside the bundle
        Path beside = workspace.localFile().orElse(bundle).toAbsolutePath();
        String name = beside.getFileName().toString().replaceFirst("\\.(qb|zip|json)$", "") + ".merge-" + stamp + ".json";
        Path file = beside.resolveSibling(name);
        try {
            Files.writeString(file, JsonShapes.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QuotebenchException(file + ": could not write the merge report (" + e.getMessage() + "); nothing was merged.");
        }
        return file;
    }

    /** New articles (from any format; a bundle's are counted, not listed). */
    public int articlesAdded() {
        return imported.size() + articlesFromBundle;
    }

    /** Runs one file's import; a problem with it refuses that file (nothing of it was stored) and the rest go on. */
    private void attempt(Path file, Runnable importing) {
        try {
            importing.run();
        } catch (QuotebenchException e) {
            rejected.add(new Refusal(file.toString(), AnnotationFiles.oneLine(e.getMessage())));
        }
    }

    private AnnotatedArticle bratArticle(BratFolder.Pair pair, Optional<BratMapping> mapping) {
        String text = read(pair.text());
        AnnotationFiles.articleText(pair.text() + ":" + lineOfFirst(text, "\0\r"), text);
        BratDocument doc = BratDocument.read(pair.ann().toString(), read(pair.ann()), text);
        skippedLines += doc.skippedLines();
        ArticleMetadata meta = new ArticleMetadata(Optional.of(pair.name()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return new AnnotatedArticle(pair.text().getFileName().toString(), text, meta,
                mapping.orElseGet(() -> BratMapping.guess(doc)).quotes(doc));
    }

    /** Stores one file's articles and quotes in one transaction: all of it, or (on any problem) none. */
    private void store(Path file, List<AnnotatedArticle> articles, String defaultAnnotator) {
        int importedBefore = imported.size();
        int duplicatesBefore = duplicates.size();
        int quotesBefore = quotes;
        try {
            workspace.change("Importing " + file.getFileName(), () -> {
                for (AnnotatedArticle article : articles) {
                    storeArticle(article, defaultAnnotator);
                }
                return null;
            });
        } catch (RuntimeException e) { // nothing of the file was stored: nor is it counted
            imported.subList(importedBefore, imported.size()).clear();
            duplicates.subList(duplicatesBefore, duplicates.size()).clear();
            quotes = quotesBefore;
            throw e;
        }
        skippedLines += articles.stream().mapToInt(AnnotatedArticle::skipped).sum();
    }

    private void storeArticle(AnnotatedArticle article, String defaultAnnotator) {
        CodePointIndex index = new CodePointIndex(article.text());
        ImportOutcome outcome = workspace.articles().importAsGiven(new ArticleDraft(article.text(), article.metadata(), "UTF-8",
                article.sourceName(), article.origin()));
        long articleId;
        if (outcome instanceof ImportOutcome.Imported done) {
            articleId = done.article().id();
            imported.add(done.article());
        } else {
            articleId = ((ImportOutcome.Duplicate) outcome).existingArticleId();
            duplicates.add(new Duplicate(article.sourceName(), articleId));
        }
        // Which spans each annotator has marked already: importing again adds nothing (a set, not a scan per quote).
        java.util.Set<java.util.List<Object>> there = new java.util.HashSet<>();
        for (Quote q : workspace.quotes().ofArticle(articleId)) {
            there.add(List.of(q.span(), q.annotator().orElse("")));
        }
        for (AnnotatedQuote q : article.quotes()) {
            Span span = javaSpan(index, q.span());
            String who = q.annotator().orElse(defaultAnnotator);
            if (!there.add(List.of(span, who))) {
                continue; // imported before
            }
            Optional<Long> speaker = q.speaker().map(name -> workspace.speakers().findByName(name).orElseGet(() ->
                    workspace.speakers().add(new SpeakerDraft(name, SpeakerKind.PERSON, Optional.empty(), Optional.empty(),
                            Optional.empty(), q.wikidata(), List.of()))).id());
            List<Long> events = q.events().stream().map(name -> workspace.events().findOrCreate(name).id()).toList();
            workspace.quotes().add(new QuoteDraft(articleId, span, q.kind(), q.status(), q.verdict(), q.note(), speaker,
                    q.mention().map(m -> javaSpan(index, m)), q.cue().map(c -> javaSpan(index, c)), events, Optional.of(who),
                    Optional.empty()).withFragments(q.fragments().stream().map(f -> javaSpan(index, f)).toList()));
            quotes++;
        }
    }

    private static Span javaSpan(CodePointIndex index, Span codePoints) {
        return new Span(index.toIndex(codePoints.start()), index.toIndex(codePoints.end()));
    }

    /** A file's text: UTF-8 (a byte that is not refuses the file, naming its line), without a byte order mark. */
    private static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuotebenchException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new QuotebenchException(file + ":" + line + ": not UTF-8 (byte " + (in.position() + 1) + "); annotation files are UTF-8.");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line (from 1) of the first of {@code chars} in {@code text}; 1 when there is none. */
    private static int lineOfFirst(String text, String chars) {
        int first = text.length();
        for (char c : chars.toCharArray()) {
            int at = text.indexOf(c);
            first = at >= 0 ? Math.min(first, at) : first;
        }
        return 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
    }
}
