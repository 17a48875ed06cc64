package org.quotebench.cli;

import java.util.List;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.TaughtFinder;
import org.quotebench.store.Workspace;
import org.quotebench.suggest.FinderTeacher;
import org.quotebench.suggest.QuoteFinder;

/** The command line's side of teaching the finder: the workspace's finder, and {@code suggest --learn}. */
final class FinderTeaching {
    /** What a teaching did, for the report. */
    record Report(TaughtFinder taught, FinderTeacher.Outcome outcome) {
    }

    private FinderTeaching() {
    }

    /** The finder for a workspace: the shipped one with what the workspace taught it. */
    static QuoteFinder finder(Workspace workspace, java.util.function.Consumer<String> warn) {
        return QuoteFinder.forWorkspace(workspace.taughtFinder().read().map(TaughtFinder::changes), "with 'quotebench suggest --learn'",
                warn);
    }

    /** Teaches the shipped finder the workspace's confirmed quotes and keeps the changes in the workspace. */
    static Report learn(Workspace workspace, java.io.PrintWriter err) {
        if (workspace.readOnly()) {
            throw new QuotebenchException(workspace.location() + " is read-only: the finder cannot keep what it learns there.");
        }
        List<ConfirmedArticle> articles = workspace.confirmedQuotes().byArticle();
        if (articles.isEmpty()) {
            throw new QuotebenchException("Nothing to learn from: " + workspace.location() + " has no accepted quote with a speaker."
                    + " Accept or mark quotes and name their speakers first.");
        }
        Progress progress = new Progress(err, "Learning from article", articles.size());
        FinderTeacher.Outcome outcome = FinderTeacher.learn(articles, progress::update, () -> false).orElseThrow();
        progress.done();
        TaughtFinder kept = workspace.taughtFinder().keep(outcome.changes().format(), outcome.quotes(), outcome.articles());
        return new Report(kept, outcome);
    }
}
