package org.quotebench.ui;

import org.quotebench.ui.jobs.Background;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Issue 20.5, without a window: the workspace thread is a queue the test runs when it likes, so two
 * inspector edits of one quote can be sent before the first returns, as on a busy workspace thread.
 * Undo must put back what the store held before the last edit, not what the view last showed.
 */
class UndoFromTheStoreTest {
    @TempDir
    Path dir;
    private final List<Runnable> workspaceThread = new ArrayList<>();
    private final List<Throwable> shown = new ArrayList<>();

    @Test
    void undoingTheSecondOfTwoQuickEditsKeepsTheFirst() {
        Path file = dir.resolve("undo.qb");
        Quote quote = aQuote(file);
        Background background = new Background(shown::add, workspaceThread::add, Runnable::run);
        WorkspaceSession session = new WorkspaceSession(background);
        session.open(file, () -> { }, shown::add);
        runWorkspaceThread();
        Annotating annotating = new Annotating(session, () -> null, List::of);

        // Both edits are sent with the quote as the view shows it, before either is stored.
        annotating.change(quote, "Verdict", c -> c.withVerdict(Verdict.MISQUOTED));
        annotating.change(quote, "Note", c -> c.withNote("The mayor said June, not May."));
        runWorkspaceThread();
        assertThat(stored(file).verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(stored(file).note()).contains("The mayor said June, not May.");

        annotating.undo();
        runWorkspaceThread();
        assertThat(stored(file).note()).isEmpty();
        assertThat(stored(file).verdict()).as("undoing the note must not undo the verdict").isEqualTo(Verdict.MISQUOTED);
        assertThat(annotating.saidProperty().get()).isEqualTo("Undone: Note"); // for the status bar

        annotating.undo();
        runWorkspaceThread();
        assertThat(stored(file).verdict()).isEqualTo(Verdict.UNCHECKED);
        annotating.redo();
        annotating.redo();
        runWorkspaceThread();
        assertThat(stored(file).verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(stored(file).note()).contains("The mayor said June, not May.");
        assertThat(shown).isEmpty();
        session.close();
        runWorkspaceThread();
    }

    @Test
    void acceptingTwiceQuicklyUndoesToWhatWasStored() {
        Path file = dir.resolve("accept.qb");
        Quote quote = aQuote(file);
        WorkspaceSession session = new WorkspaceSession(new Background(shown::add, workspaceThread::add, Runnable::run));
        session.open(file, () -> { }, shown::add);
        runWorkspaceThread();
        Annotating annotating = new Annotating(session, () -> null, List::of);

        annotating.change(quote, "Verdict", c -> c.withVerdict(Verdict.ACCURATE));
        annotating.setStatus(List.of(quote), QuoteStatus.ACCEPTED, "Accept");
        runWorkspaceThread();
        annotating.undo();
        runWorkspaceThread();
        assertThat(stored(file).status()).isEqualTo(QuoteStatus.SUGGESTED);
        assertThat(stored(file).verdict()).isEqualTo(Verdict.ACCURATE);
        annotating.setStatus(List.of(stored(file)), QuoteStatus.ACCEPTED, "Accept all");
        runWorkspaceThread();
        assertThat(annotating.saidProperty().get()).isEqualTo("Accepted 1 suggestion.");
        session.close();
        runWorkspaceThread();
    }

    private Quote aQuote(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            String text = "Bridge vote\n\n“The bridge will be open by May,” Renée Okafor said.";
            long article = ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(text, new ArticleMetadata(
                    Optional.of("Bridge vote"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    "UTF-8", "bridge.txt"))).article().id();
            int start = text.indexOf('“');
            return ws.quotes().add(new QuoteDraft(article, new Span(start, text.indexOf('”') + 1), QuoteKind.DIRECT, QuoteStatus.SUGGESTED,
                    Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty()));
        }
    }

    private static Quote stored(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            return ws.quotes().list(org.quotebench.store.QuoteFilter.all()).get(0);
        }
    }

    private void runWorkspaceThread() {
        while (!workspaceThread.isEmpty()) {
            workspaceThread.remove(0).run();
        }
    }
}
