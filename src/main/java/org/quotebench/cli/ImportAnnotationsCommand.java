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
import org.quotebench.export.AnnotatedQuote;
import org.quotebench.export.BratDocument;
import org.quotebench.export.BratFolder;
import org.quotebench.export.BratMapping;
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
        "of NAME.txt and NAME.ann, or text/ and attributions/ as corpora ship them). Every span is checked against its text;",
        "a file that does not check out is refused with its line and reason, and nothing is stored from it."})
final class ImportAnnotationsCommand extends WorkspaceCommand {
    @Option(names = "--format", required = true, paramLabel = "F", description = "brat.")
    String format;

    @Parameters(paramLabel = "PATH", description = "The folder to read.")
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
        if (!format.strip().equalsIgnoreCase("brat")) {
            throw new QuotebenchException("Unknown annotation format '" + format + "'; known: brat.");
        }
        Optional<BratMapping> mapping = Optional.ofNullable(map).map(BratMapping::parse);
        for (BratFolder.Pair pair : BratFolder.pairs(path)) {
            try {
                importPair(workspace, pair, mapping);
            } catch (QuotebenchException e) {
                rejected.add(new String[] {pair.ann().toString(), e.getMessage()});
            }
        }
        report();
        return rejected.isEmpty() ? 0 : 2;
    }

    private void importPair(Workspace workspace, BratFolder.Pair pair, Optional<BratMapping> mapping) {
        String text = read(pair.text());
        if (text.indexOf('\r') >= 0) {
            throw new QuotebenchException(pair.text() + ": has CR line ends; Quotebench stores LF, so the offsets would not fit.");
        }
        BratDocument doc = BratDocument.read(pair.ann().toString(), read(pair.ann()), text);
        List<AnnotatedQuote> found = mapping.orElseGet(() -> BratMapping.guess(doc)).quotes(doc);
        String who = Optional.ofNullable(annotator).or(pair::annotator).orElse("brat");
        CodePointIndex index = new CodePointIndex(text);
        workspace.change("Importing " + pair.ann().getFileName(), () -> {
            ArticleMetadata meta = new ArticleMetadata(Optional.of(pair.name()), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            ImportOutcome outcome = workspace.articles().importArticle(new ArticleDraft(text, meta, "UTF-8",
                    pair.text().getFileName().toString()));
            long articleId;
            if (outcome instanceof ImportOutcome.Imported done) {
                articleId = done.article().id();
                imported.add(done.article());
            } else {
                articleId = ((ImportOutcome.Duplicate) outcome).existingArticleId();
                duplicates.add(new String[] {pair.text().toString(), Long.toString(articleId)});
            }
            List<Quote> there = workspace.quotes().ofArticle(articleId);
            for (AnnotatedQuote q : found) {
                Span span = javaSpan(index, q.span());
                if (there.stream().anyMatch(t -> t.span().equals(span) && t.annotator().equals(Optional.of(who)))) {
                    continue; // imported before
                }
                Optional<Long> speaker = q.speaker().map(name -> workspace.speakers().findByName(name).orElseGet(() ->
                        workspace.speakers().add(new SpeakerDraft(name, SpeakerKind.PERSON, Optional.empty(), Optional.empty(),
                                Optional.empty(), q.wikidata(), List.of()))).id());
                workspace.quotes().add(new QuoteDraft(articleId, span, q.kind(), q.status(), q.verdict(), Optional.empty(), speaker,
                        q.mention().map(m -> javaSpan(index, m)), q.cue().map(c -> javaSpan(index, c)), List.of(), Optional.of(who),
                        Optional.empty()));
                quotes++;
            }
            return null;
        });
        skippedLines += doc.skippedLines();
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
