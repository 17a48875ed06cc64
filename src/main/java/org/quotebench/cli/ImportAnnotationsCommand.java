package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.quotebench.export.AnnotatedArticle;
import org.quotebench.export.AnnotatedQuote;
import org.quotebench.export.BratDocument;
import org.quotebench.export.BratFolder;
import org.quotebench.export.BratMapping;
import org.quotebench.export.DoccanoAnnotations;
import org.quotebench.export.JsonlAnnotations;
import org.quotebench.export.LabelStudioAnnotations;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotebench import-annotations --format brat PATH}: another tool's annotations, with their
 * texts. Each file is checked against its text and stored in one transaction, or refused whole.
 */
@Command(name = "import-annotations", description = {"Import annotations made with another tool, with their texts: brat (a folder",
        "of NAME.txt and NAME.ann, or text/ and attributions/ as corpora ship them), jsonl (Quotebench's export), label-studio,",
        "doccano. Every span is checked against its text; a file that does not check out is refused with its line and reason,",
        "and nothing is stored from it."})
final class ImportAnnotationsCommand extends WorkspaceCommand {
    @Option(names = "--format", required = true, paramLabel = "F", description = "brat, jsonl, label-studio or doccano.")
    String format;

    @Parameters(paramLabel = "PATH", description = "The folder (brat) or file to read.")
    Path path;

    @Option(names = "--map", paramLabel = "MAP", description = "Which brat types are quotes, mentions and cues: "
            + "Content=quote,Source=mention,Cue=cue; or parc (Attribution events, as PolNeAR) or quotebench (our export). "
            + "Default: quotebench for files with Quote annotations, else parc.")
    String map;

    @Option(names = "--annotator", paramLabel = "A", description = "Who made the annotations (default: the annotator id in "
            + "the file name, NAME_ID.ann, else the format's name).")
    String annotator;

    private final List<String[]> rejected = new ArrayList<>();
    private final List<ArticleInfo> imported = new ArrayList<>();
    private final List<String[]> duplicates = new ArrayList<>();
    private int quotes;
    private int skippedLines;

    @Override
    int run(Workspace workspace) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("brat", "jsonl", "label-studio", "doccano").contains(kind)) {
            throw new QuotebenchException("Unknown annotation format '" + format + "'; known: brat, jsonl, label-studio, doccano.");
        }
        if (kind.equals("brat")) {
            Optional<BratMapping> mapping = Optional.ofNullable(map).map(BratMapping::parse);
            for (BratFolder.Pair pair : BratFolder.pairs(path)) {
                attempt(pair.ann(), () -> store(workspace, pair.ann(), List.of(bratArticle(pair, mapping)),
                        Optional.ofNullable(annotator).or(pair::annotator).orElse("brat")));
            }
        } else {
            if (!Files.isRegularFile(path)) {
                throw new QuotebenchException(path + ": not a file (" + kind + " annotations are one file).");
            }
            attempt(path, () -> {
                String content = read(path);
                List<AnnotatedArticle> articles = switch (kind) {
                    case "jsonl" -> JsonlAnnotations.read(path.toString(), content);
                    case "label-studio" -> LabelStudioAnnotations.read(path.toString(), content);
                    default -> DoccanoAnnotations.read(path.toString(), content);
                };
                store(workspace, path, articles, Optional.ofNullable(annotator).orElse(kind));
            });
        }
        report();
        return rejected.isEmpty() ? 0 : 2;
    }

    /** Runs one file's import; a problem with it refuses that file (nothing of it was stored) and the rest go on. */
    private void attempt(Path file, Runnable importing) {
        try {
            importing.run();
        } catch (QuotebenchException e) {
            rejected.add(new String[] {file.toString(), e.getMessage()});
        }
    }

    private AnnotatedArticle bratArticle(BratFolder.Pair pair, Optional<BratMapping> mapping) {
        String text = read(pair.text());
        BratDocument doc = BratDocument.read(pair.ann().toString(), read(pair.ann()), text);
        skippedLines += doc.skippedLines();
        ArticleMetadata meta = new ArticleMetadata(Optional.of(pair.name()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return new AnnotatedArticle(pair.text().getFileName().toString(), text, meta,
                mapping.orElseGet(() -> BratMapping.guess(doc)).quotes(doc));
    }

    /** Stores one file's articles and quotes in one transaction: all of it, or (on any problem) none. */
    private void store(Workspace workspace, Path file, List<AnnotatedArticle> articles, String defaultAnnotator) {
        for (AnnotatedArticle article : articles) {
            if (article.text().indexOf('\r') >= 0) {
                throw new QuotebenchException(file + ": " + article.sourceName() + " has CR line ends; Quotebench stores LF, so the "
                        + "offsets would not fit.");
            }
        }
        workspace.change("Importing " + file.getFileName(), () -> {
            for (AnnotatedArticle article : articles) {
                storeArticle(workspace, article, defaultAnnotator);
            }
            return null;
        });
    }

    private void storeArticle(Workspace workspace, AnnotatedArticle article, String defaultAnnotator) {
        CodePointIndex index = new CodePointIndex(article.text());
        ImportOutcome outcome = workspace.articles().importArticle(new ArticleDraft(article.text(), article.metadata(), "UTF-8",
                article.sourceName()));
        long articleId;
        if (outcome instanceof ImportOutcome.Imported done) {
            articleId = done.article().id();
            imported.add(done.article());
        } else {
            articleId = ((ImportOutcome.Duplicate) outcome).existingArticleId();
            duplicates.add(new String[] {article.sourceName(), Long.toString(articleId)});
        }
        List<Quote> there = workspace.quotes().ofArticle(articleId);
        for (AnnotatedQuote q : article.quotes()) {
            Span span = javaSpan(index, q.span());
            String who = q.annotator().orElse(defaultAnnotator);
            if (there.stream().anyMatch(t -> t.span().equals(span) && t.annotator().equals(Optional.of(who)))) {
                continue; // imported before
            }
            Optional<Long> speaker = q.speaker().map(name -> workspace.speakers().findByName(name).orElseGet(() ->
                    workspace.speakers().add(new SpeakerDraft(name, SpeakerKind.PERSON, Optional.empty(), Optional.empty(),
                            Optional.empty(), q.wikidata(), List.of()))).id());
            List<Long> events = q.events().stream().map(name -> workspace.events().findOrCreate(name).id()).toList();
            workspace.quotes().add(new QuoteDraft(articleId, span, q.kind(), q.status(), q.verdict(), q.note(), speaker,
                    q.mention().map(m -> javaSpan(index, m)), q.cue().map(c -> javaSpan(index, c)), events, Optional.of(who),
                    Optional.empty()));
            quotes++;
        }
    }

    private static Span javaSpan(CodePointIndex index, Span codePoints) {
        return new Span(index.toIndex(codePoints.start()), index.toIndex(codePoints.end()));
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new QuotebenchException(file + ": not UTF-8 (brat files are UTF-8).");
        } catch (IOException e) {
            throw new QuotebenchException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    private void report() {
        // Reasons name their file (and line) already when they come from reading it.
        rejected.forEach(r -> err().println(r[1].startsWith(path.toString()) ? r[1] : r[0] + ": " + r[1]));
        if (json()) {
            JsonShapes shapes = new JsonShapes(id -> "");
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            ArrayNode articles = node.putArray("imported");
            imported.forEach(info -> articles.add(shapes.article(info)));
            ArrayNode dups = node.putArray("duplicates");
            duplicates.forEach(d -> dups.addObject().put("file", d[0]).put("article_id", Long.parseLong(d[1])));
            ArrayNode refused = node.putArray("rejected");
            rejected.forEach(r -> refused.addObject().put("file", r[0]).put("reason", r[1]));
            node.put("quotes", quotes);
            node.put("skipped_lines", skippedLines);
            node.put("merged", 0);
            node.putArray("conflicts");
            printJson(node);
            return;
        }
        out().println(String.format(Locale.ROOT, "Imported %d quotes with %d new articles (%d already there); %d files refused; "
                + "%d annotation lines of other kinds skipped.", quotes, imported.size(), duplicates.size(), rejected.size(), skippedLines));
    }
}
