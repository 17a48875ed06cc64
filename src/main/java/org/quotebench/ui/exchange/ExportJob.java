package org.quotebench.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import org.quotebench.core.Plural;
import org.quotebench.core.QuoteStatus;
import org.quotebench.export.ExportFormat;
import org.quotebench.export.ExportSelection;
import org.quotebench.export.ExportedArticle;
import org.quotebench.export.Exports;
import org.quotebench.store.Workspace;

/**
 * File > Export: reads the chosen articles with progress, then writes the file in one go (beside
 * its target, moved into place). Cancel before the writing leaves nothing written.
 */
public final class ExportJob extends Task<JobSummary> {
    private final Workspace workspace;
    private final ExportFormat format;
    private final Path out;
    private final List<Long> articleIds;
    private final Optional<org.quotebench.export.ClaimReviewSettings> review;

    /** @param articleIds the articles to export; empty for all */
    public ExportJob(Workspace workspace, ExportFormat format, Path out, List<Long> articleIds) {
        this(workspace, format, out, articleIds, Optional.empty());
    }

    /** @param review where ClaimReview's reviews are published (that format needs it) */
    public ExportJob(Workspace workspace, ExportFormat format, Path out, List<Long> articleIds,
            Optional<org.quotebench.export.ClaimReviewSettings> review) {
        this.workspace = workspace;
        this.format = format;
        this.out = out;
        this.articleIds = List.copyOf(articleIds);
        this.review = review;
    }

    @Override
    protected JobSummary call() {
        // The save dialog asked before replacing a file; the workspace and other SQLite files are refused all the same.
        Exports.checkTarget(format, out, workspace.localFile().orElse(null), true);
        updateMessage("Choosing articles…");
        List<Long> ids = articleIds.isEmpty() ? workspace.articles().list().stream().map(a -> a.id()).sorted().toList() : articleIds;
        Optional<QuoteStatus> status = format.trainingSet() ? Optional.of(QuoteStatus.ACCEPTED) : Optional.empty();
        List<ExportedArticle> articles = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (isCancelled()) {
                return new JobSummary("Export cancelled: nothing was written.", List.of());
            }
            articles.addAll(new ExportSelection(List.of(ids.get(i)), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), status).read(workspace));
            updateProgress(i + 1, ids.size() + 1);
            updateMessage("Reading article " + (i + 1) + " of " + ids.size() + "…");
        }
        updateMessage("Writing " + out.getFileName() + "…");
        Exports.write(format, articles, out, new org.quotebench.export.ExportOptions(org.quotebench.core.CsvCells.NEUTRALISED, review, true));
        updateProgress(1, 1);
        int quotes = Exports.quotesIn(format, articles); // what the file holds
        List<String> details = new java.util.ArrayList<>(List.of("Written to " + out.toAbsolutePath(), format.trainingSet()
                ? "Accepted quotes only (a training-set format)." : format == ExportFormat.CLAIMREVIEW
                ? "Accepted quotes with a verdict only; notes stay private." : "Every quote, whatever its status."));
        format.nextStep().ifPresent(details::add);
        return new JobSummary("Exported " + Plural.of(articles.size(), "article") + " and " + Plural.of(quotes, "quote") + " as " + format.code() + ".",
                details);
    }
}
