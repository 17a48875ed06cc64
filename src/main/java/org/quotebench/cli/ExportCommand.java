package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Coded;
import org.quotebench.core.QuoteStatus;
import org.quotebench.export.ClaimReviewSettings;
import org.quotebench.export.ExportFormat;
import org.quotebench.export.ExportOptions;
import org.quotebench.export.ExportSelection;
import org.quotebench.export.ExportedArticle;
import org.quotebench.export.Exports;
import org.quotebench.export.JsonShapes;
import org.quotebench.export.Split;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench export --format F OUT}: the workspace, or some of it, in another tool's format. */
@Command(name = "export", description = {"Export articles and their quotes: jsonl (Quotebench's own), csv, spacy, brat, inception, w3c,",
        "label-studio, doccano, claimreview. Offsets count Unicode code points (doccano and inception: UTF-16 units, as they count).",
        "Training-set formats (spacy, brat, inception, label-studio, doccano) take accepted quotes unless --status says otherwise."})
final class ExportCommand extends WorkspaceCommand {
    @Option(names = "--format", required = true, paramLabel = "F",
            description = "jsonl, csv, spacy, brat, inception, w3c, label-studio, doccano or claimreview.")
    String format;

    @Parameters(paramLabel = "OUT", description = "The file to write (a folder for brat and inception).")
    Path out;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (repeat for more).")
    List<String> articleIds = new ArrayList<>();

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from this outlet.")
    String outlet;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker's quotes (name or alias), in the articles that have some.")
    String speaker;

    @Option(names = "--event", paramLabel = "NAME", description = "Only quotes about this event (a quote without events is about "
            + "its article's), in the articles that cover it.")
    String event;

    @Option(names = "--annotator", paramLabel = "A", description = "Only quotes marked by this annotator.")
    String annotator;

    @Option(names = "--status", paramLabel = "S", description = "Only quotes with this status (suggested, accepted, rejected),"
            + " or any. Default: accepted for the training-set formats, any for the others.")
    String status;

    @Option(names = "--split", paramLabel = "T/D/T", description = "Split by article into train, dev and test parts with these "
            + "shares (such as 80/10/10), written as OUT-train, OUT-dev, OUT-test (brat, inception: OUT/train, OUT/dev, OUT/test).")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The seed of the split (default: 1).")
    long seed;

    @Option(names = "--force", description = "Replace an existing file (brat, inception: write into a folder that has files). "
            + "A workspace or other SQLite file is never replaced.")
    boolean force;

    @Option(names = "--review-url", paramLabel = "TEMPLATE", description = "claimreview: the address each review is published at, "
            + "with {uuid} or {id} for the quote, such as https://factcheck.example/reviews/{uuid} (required).")
    String reviewUrl;

    @Option(names = "--include-notes", description = "claimreview: publish the quotes' notes as the reviews' text (they are private otherwise).")
    boolean includeNotes;

    @Option(names = "--no-normalisations", description = "brat: leave out the Wikidata normalisation lines "
            + "(DKPro Core's brat reader, which INCEpTION uses, stops at the first one).")
    boolean noNormalisations;

    @Mixin
    RawCsvOption csv;

    @Override
    int run(Workspace workspace) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Optional<Split> parts = Optional.ofNullable(split).map(shares -> Split.parse(shares, seed));
        Optional<QuoteStatus> only = status == null ? (exportFormat.trainingSet() ? Optional.of(QuoteStatus.ACCEPTED) : Optional.empty())
                : status.strip().equalsIgnoreCase("any") ? Optional.empty()
                : Optional.of(Coded.parse(QuoteStatus.class, "status", status));
        List<Long> ids = new ArrayList<>();
        articleIds.forEach(id -> ids.add(Ids.parse(id, "an article")));
        List<ExportedArticle> articles = new ExportSelection(ids, Optional.ofNullable(outlet), Optional.ofNullable(speaker),
                Optional.ofNullable(event), Optional.ofNullable(annotator), only).read(workspace);
        List<Path> targets = parts.isEmpty() || exportFormat.folder() ? List.of(out)
                : Split.PARTS.stream().map(part -> partPath(exportFormat, part)).toList();
        targets.forEach(target -> Exports.checkTarget(exportFormat, target, workspace.localFile().orElse(null), force));
        ExportOptions options = new ExportOptions(csv.cells(),
                Optional.ofNullable(reviewUrl).map(url -> new ClaimReviewSettings(url, includeNotes)), !noNormalisations);
        ObjectNode summary = summary(exportFormat, out, articles);
        if (parts.isEmpty()) {
            Exports.write(exportFormat, articles, out, options);
        } else {
            List<List<ExportedArticle>> pieces = parts.get().apply(articles);
            ObjectNode splits = summary.putObject("splits");
            for (int i = 0; i < Split.PARTS.size(); i++) {
                Path target = partPath(exportFormat, Split.PARTS.get(i));
                Exports.write(exportFormat, pieces.get(i), target, options);
                splits.set(Split.PARTS.get(i), summary(exportFormat, target, pieces.get(i)));
            }
        }
        if (json()) {
            printJson(summary);
        } else {
            out().println("Exported " + summary.get("articles").asInt() + " articles and " + summary.get("quotes").asInt()
                    + " quotes as " + exportFormat.code() + " to " + out
                    + parts.map(p -> " (train, dev and test: " + split + ", seed " + seed + ")").orElse(""));
            exportFormat.nextStep().ifPresent(out()::println);
        }
        return 0;
    }

    /** OUT-train.jsonl beside OUT.jsonl; a folder export's parts are subfolders. */
    private Path partPath(ExportFormat exportFormat, String part) {
        if (exportFormat.folder()) {
            return out.resolve(part);
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String partName = dot > 0 ? name.substring(0, dot) + "-" + part + name.substring(dot) : name + "-" + part;
        return out.resolveSibling(partName);
    }

    private static ObjectNode summary(ExportFormat exportFormat, Path path, List<ExportedArticle> articles) {
        ObjectNode node = JsonShapes.MAPPER.createObjectNode();
        node.put("format", exportFormat.code());
        node.put("path", path.toAbsolutePath().toString());
        node.put("articles", articles.size());
        node.put("quotes", Exports.quotesIn(exportFormat, articles)); // what the file holds
        return node;
    }
}
