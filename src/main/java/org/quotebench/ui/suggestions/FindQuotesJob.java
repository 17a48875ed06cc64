package org.quotebench.ui.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import org.quotebench.core.Article;
import org.quotebench.core.Quote;
import org.quotebench.store.SuggestionStore;
import org.quotebench.store.Workspace;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.ui.JobDialog;

/** Runs the quote finder over articles and stores its suggestions; Cancel stops between articles. */
public final class FindQuotesJob extends Task<FindQuotesJob.Report> {
    /** What the finder did. */
    public static final class Report implements JobDialog.Summary {
        private final List<Quote> added = new ArrayList<>();
        private int skipped;
        private int articles;
        private boolean cancelled;
        private final List<String> warnings = new ArrayList<>();

        public List<Quote> added() {
            return List.copyOf(added);
        }

        @Override
        public String headline() {
            return (cancelled ? "Cancelled. " : "") + "Found " + added.size() + " new suggestion" + (added.size() == 1 ? "" : "s")
                    + " in " + articles + " article" + (articles == 1 ? "" : "s") + (skipped > 0 ? " (" + skipped
                    + " already marked or rejected)" : "") + ".";
        }

        @Override
        public List<String> details() {
            return List.copyOf(warnings);
        }
    }

    private final Workspace workspace;
    private final List<Long> articleIds;

    public FindQuotesJob(Workspace workspace, List<Long> articleIds) {
        this.workspace = workspace;
        this.articleIds = List.copyOf(articleIds);
    }

    @Override
    protected Report call() {
        Report report = new Report();
        QuoteFinder finder = QuoteFinder.forWorkspace(workspace.taughtFinder().read().map(taught -> taught.changes()),
                "with Quote > Teach the finder from this workspace", report.warnings::add);
        for (int i = 0; i < articleIds.size() && !isCancelled(); i++) {
            updateMessage("Finding quotes in article " + (i + 1) + " of " + articleIds.size() + "…");
            Article article = workspace.articles().get(articleIds.get(i));
            SuggestionStore.Stored stored = workspace.suggestions().store(article.id(), finder.find(article.text(), article.info().metadata().language()),
                    Optional.of("quote finder"));
            report.added.addAll(stored.added());
            report.skipped += stored.skipped();
            report.articles++;
            updateProgress(i + 1, articleIds.size());
        }
        report.cancelled = isCancelled();
        return report;
    }
}
