package org.quotebench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.quotebench.core.ArticleDraft;
import org.quotebench.importer.ArticleReader;
import org.quotebench.importer.ImportPlan;
import org.quotebench.importer.RefusedFile;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/** Imports files and folders with progress; Cancel stops after the current small batch, keeping what was stored. */
public final class ImportJob extends Task<ImportReport> {
    private static final int BATCH = 50;
    private final Workspace workspace;
    private final List<Path> paths;

    public ImportJob(Workspace workspace, List<Path> paths) {
        this.workspace = workspace;
        this.paths = List.copyOf(paths);
    }

    @Override
    protected ImportReport call() {
        updateMessage("Finding files…");
        ImportPlan plan = ImportPlan.of(paths);
        List<ImportPlan.Source> files = plan.sources();
        ImportReport report = new ImportReport();
        plan.refused().forEach(refused -> report.refused(refused.getMessage()));
        plan.warnings().forEach(report::warning); // a bad outlets.tsv line: shown, the import goes on
        ArticleReader reader = new ArticleReader();
        List<ArticleDraft> batch = new ArrayList<>();
        List<Path> batchFiles = new ArrayList<>();
        for (int i = 0; i < files.size() && !isCancelled(); i++) {
            Path file = files.get(i).file();
            try {
                batch.add(plan.read(reader, files.get(i)));
                batchFiles.add(file);
            } catch (RefusedFile refused) {
                report.refused(file.getFileName() + ": " + refused.reason());
            }
            if (batch.size() == BATCH || i == files.size() - 1) {
                store(batch, batchFiles, report);
            }
            updateProgress(i + 1, files.size());
            updateMessage("Importing " + (i + 1) + " of " + files.size() + "…");
        }
        if (isCancelled()) {
            store(batch, batchFiles, report);
            report.cancelled();
        }
        return report;
    }

    private void store(List<ArticleDraft> batch, List<Path> files, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        List<ImportOutcome> outcomes = workspace.articles().importAll(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof ImportOutcome.Imported done) {
                report.imported(done.article().id());
            } else if (outcomes.get(i) instanceof ImportOutcome.Duplicate duplicate) {
                report.duplicate(files.get(i).getFileName() + " (same text as article " + duplicate.existingArticleId() + ")");
            }
        }
        batch.clear();
        files.clear();
    }
}
