package org.quotebench.ui.suggestions;

import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.Plural;
import org.quotebench.store.Workspace;
import org.quotebench.suggest.FinderTeacher;
import org.quotebench.ui.JobDialog;

/**
 * Teaches the quote finder the speakers of the workspace's accepted quotes and keeps what it learned
 * in the workspace, where the next Find quotes uses it. Cancel stops it before anything is kept.
 */
public final class TeachFinderJob extends Task<TeachFinderJob.Report> {
    /** What the teaching did, or why there was nothing to learn. */
    public record Report(Optional<FinderTeacher.Outcome> outcome) implements JobDialog.Summary {
        @Override
        public String headline() {
            if (outcome.isEmpty()) {
                return "Nothing to learn from yet: accept or mark quotes and name their speakers first.";
            }
            FinderTeacher.Outcome o = outcome.get();
            if (o.strength() == 0) {
                return "The finder stays as it was: what " + Plural.of(o.quotes(), "accepted quote") + " in "
                        + Plural.of(o.articles(), "article") + " would teach it did not help on the articles left out in turn.";
            }
            return "The finder learned the speakers of " + Plural.of(o.quotes(), "accepted quote") + " in "
                    + Plural.of(o.articles(), "article") + ". Find quotes uses what it learned from now on.";
        }

        @Override
        public List<String> details() {
            return outcome.map(o -> List.of("Of the " + o.learnedFrom() + " quotes it finds there with the speaker among its"
                    + " candidates, it now puts the right speaker first for " + o.rightAfter() + " (before: " + o.rightBefore()
                    + ").", FinderTeacher.describeStrength(o.strength()))).orElse(List.of());
        }
    }

    private final Workspace workspace;

    public TeachFinderJob(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected Report call() {
        if (workspace.readOnly()) {
            throw new IllegalStateException(workspace.localFile().map(f -> f.getFileName().toString()).orElse(workspace.location())
                    + " is read-only: the finder cannot keep what it learns there");
        }
        updateMessage("Reading the accepted quotes…");
        List<ConfirmedArticle> articles = workspace.confirmedQuotes().byArticle();
        if (articles.isEmpty()) {
            return new Report(Optional.empty());
        }
        Optional<FinderTeacher.Outcome> outcome = FinderTeacher.learn(articles, done -> {
            updateMessage("Learning from article " + done + " of " + articles.size() + "…");
            updateProgress(done, articles.size());
        }, this::isCancelled);
        if (outcome.isEmpty() || isCancelled()) {
            return new Report(Optional.empty()); // a cancelled task's value is never shown
        }
        workspace.taughtFinder().keep(outcome.get().changes().format(), outcome.get().quotes(), outcome.get().articles());
        return new Report(outcome);
    }
}
