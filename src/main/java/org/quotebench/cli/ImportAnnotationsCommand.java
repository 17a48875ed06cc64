package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.quotebench.core.Quote;
import org.quotebench.core.QuotebenchException;
import org.quotebench.export.AnnotationImport;
import org.quotebench.export.BundleImport;
import org.quotebench.export.BratMapping;
import org.quotebench.export.DoccanoOffsets;
import org.quotebench.export.JsonShapes;
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
    @Option(names = "--format", required = true, paramLabel = "F", description = "brat, jsonl, label-studio, doccano or bundle.")
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

    @Option(names = "--offsets", paramLabel = "UNIT", description = "What doccano's offsets count: utf16 (its default) or "
            + "graphemes (a doccano project in grapheme mode, where an emoji sequence or an accented letter is one character).")
    String offsets;

    @Override
    int run(Workspace workspace) {
        AnnotationImport importing = new AnnotationImport(workspace);
        if (offsets != null) {
            if (!format.strip().equalsIgnoreCase("doccano")) {
                throw new QuotebenchException("--offsets is for doccano files; " + format + " files count code points.");
            }
            importing.doccanoOffsets(DoccanoOffsets.parse(offsets));
        }
        importing.run(format, path, Optional.ofNullable(map).map(BratMapping::parse), Optional.ofNullable(annotator), file -> { });
        report(importing);
        return importing.rejected().isEmpty() ? 0 : 2;
    }

    private void report(AnnotationImport importing) {
        // Reasons name their file (and line) already when they come from reading it.
        importing.rejected().forEach(r -> err().println(r.reason().startsWith(path.toString()) ? r.reason() : r.file() + ": " + r.reason()));
        if (json()) {
            JsonShapes shapes = new JsonShapes(id -> "");
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            ArrayNode articles = node.putArray("imported");
            importing.imported().forEach(info -> articles.add(shapes.article(info)));
            ArrayNode dups = node.putArray("duplicates");
            importing.duplicates().forEach(d -> dups.addObject().put("file", d.file()).put("article_id", d.articleId()));
            ArrayNode refused = node.putArray("rejected");
            importing.rejected().forEach(r -> refused.addObject().put("file", r.file()).put("reason", r.reason()));
            node.put("quotes", importing.quotes());
            node.put("skipped_lines", importing.skippedLines());
            node.put("articles_added", importing.articlesAdded());
            node.put("merged", importing.merged());
            importing.mergeReport().ifPresent(report -> node.put("merge_report", report.toString()));
            ArrayNode conflicts = node.putArray("conflicts");
            importing.conflicts().forEach(c -> {
                ObjectNode conflict = conflicts.addObject();
                conflict.put(c.of() + "_uuid", c.uuid());
                conflict.put("kept", c.kept());
                conflict.set("ours", c.ours());
                conflict.set("theirs", c.theirs());
            });
            printJson(node);
            return;
        }
        out().println(String.format(Locale.ROOT, "Imported %d quotes with %d new articles (%d already there); %d files refused; "
                + "%d annotations of labels or kinds Quotebench does not use skipped.", importing.quotes(), importing.articlesAdded(), importing.duplicates().size(),
                importing.rejected().size(), importing.skippedLines()));
        if (importing.merged() > 0 || !importing.conflicts().isEmpty()) {
            out().println(importing.merged() + " quotes were here already; " + importing.conflicts().size()
                    + " quotes, speakers or events had been edited on both sides and were resolved newest-wins" + importing.mergeReport()
                    .map(r -> " (both versions are in " + r + ")").orElse("") + ":");
            importing.conflicts().forEach(c -> out().println("  " + c.of() + " " + c.uuid() + ": kept " + c.kept() + "; the other version: "
                    + otherVersion(c)));
        }
    }

    /** The version that lost, in a few words: a quote's text and verdict, else the speaker's or event's fields. */
    private static String otherVersion(BundleImport.Conflict c) {
        com.fasterxml.jackson.databind.JsonNode other = c.kept().startsWith("ours") ? c.theirs() : c.ours();
        if (c.of().equals("quote")) {
            return "“" + other.path("text").asText() + "”, verdict " + other.path("verdict").asText();
        }
        ObjectNode fields = other.deepCopy();
        fields.remove(java.util.List.of("id", "uuid", "updated_at"));
        return fields.toString();
    }
}
