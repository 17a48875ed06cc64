package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Article;
import org.quotebench.core.Coded;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.export.ExportFormat;
import org.quotebench.export.ExportedArticle;
import org.quotebench.export.Exports;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench export --format F OUT}: the workspace, or some articles, in another tool's format. */
@Command(name = "export", description = {"Export articles and their quotes: jsonl (Quotebench's own), csv, spacy, brat, w3c,",
        "label-studio, doccano, claimreview. Offsets count Unicode code points (doccano: UTF-16 units, as doccano counts).",
        "Training-set formats (spacy, brat, label-studio, doccano) take accepted quotes unless --status says otherwise."})
final class ExportCommand extends WorkspaceCommand {
    @Option(names = "--format", required = true, paramLabel = "F", description = "jsonl, csv, spacy, brat, w3c, label-studio, doccano or claimreview.")
    String format;

    @Parameters(paramLabel = "OUT", description = "The file to write (a folder for brat).")
    Path out;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (repeat for more).")
    List<String> articleIds = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", description = "Only quotes with this status (suggested, accepted, rejected),"
            + " or any. Default: accepted for the training-set formats, any for the others.")
    String status;

    @Override
    int run(Workspace workspace) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Optional<QuoteStatus> only = status == null ? (exportFormat.trainingSet() ? Optional.of(QuoteStatus.ACCEPTED) : Optional.empty())
                : status.strip().equalsIgnoreCase("any") ? Optional.empty()
                : Optional.of(Coded.parse(QuoteStatus.class, "status", status));
        List<Long> chosen = new ArrayList<>();
        if (articleIds.isEmpty()) {
            workspace.articles().list().forEach(info -> chosen.add(info.id()));
        } else {
            for (String id : articleIds) {
                chosen.add(Ids.parse(id, "an article"));
            }
        }
        List<ExportedArticle> articles = new ArrayList<>(chosen.size());
        int quotes = 0;
        for (long id : chosen) {
            Article article = workspace.articles().get(id); // an unknown id is a user error, before anything is written
            List<Quote> its = workspace.quotes().ofArticle(id).stream()
                    .filter(q -> only.map(s -> q.status() == s).orElse(true)).toList();
            articles.add(new ExportedArticle(article, its));
            quotes += its.size();
        }
        Exports.write(exportFormat, articles, out);
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            node.put("format", exportFormat.code());
            node.put("path", out.toAbsolutePath().toString());
            node.put("articles", articles.size());
            node.put("quotes", quotes);
            printJson(node);
        } else {
            out().println("Exported " + articles.size() + " articles and " + quotes + " quotes as " + exportFormat.code() + " to " + out);
        }
        return 0;
    }
}
