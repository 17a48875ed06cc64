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
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import org.quotebench.ui.article.PaneModel;

/**
 * Issue 20: a change another program makes (a command in a terminal) shows in the window without a
 * reload: the library's counts, the open article's quotes, the selected quote. Without a window: the
 * workspace thread runs on the calling thread and the test makes the once-a-second look itself.
 */
class OtherProgramsTest {
    @TempDir
    Path dir;
    private static final String TEXT = "Bridge vote\n\n“The bridge will be open by May,” Renée Okafor said. “We owe it to them,” she said.";

    @Test
    void anotherProgramsChangesShowInTheLibraryThePaneAndTheSelection() {
        Path file = dir.resolve("others.qb");
        org.quotebench.core.ArticleInfo article;
        Quote first;
        try (Workspace ws = Workspace.open(file)) {
            article = ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(Optional.of("Bridge vote"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "UTF-8", "bridge.txt"))).article();
            first = ws.quotes().add(draft(article.id(), TEXT.indexOf('“'), TEXT.indexOf('”') + 1));
        }
        List<Throwable> shown = new ArrayList<>();
        WorkspaceSession session = new WorkspaceSession(new Background(shown::add, Runnable::run, Runnable::run));
        session.open(file, () -> { }, shown::add);
        PaneModel pane = new PaneModel();
        try (Workspace ws = Workspace.open(file)) {
            pane.show(ws.articles().get(article.id()), ws.quotes().ofArticle(article.id()));
        }
        pane.selectedProperty().set(pane.quotes().get(0));
        OtherPrograms others = new OtherPrograms(session, () -> List.of(pane));
        others.look(); // the first look only notes where the file stands
        others.look();
        assertThat(pane.quotes()).hasSize(1);

        try (Workspace terminal = Workspace.open(file)) { // another program: its own connection
            terminal.quotes().add(draft(article.id(), TEXT.lastIndexOf('“'), TEXT.lastIndexOf('”') + 1));
            terminal.quotes().edit(first.id(), QuoteChange.none().withVerdict(Verdict.MISQUOTED));
        }
        others.look();

        assertThat(pane.quotes()).hasSize(2);
        assertThat(pane.selected()).map(Quote::verdict).contains(Verdict.MISQUOTED);
        assertThat(session.articles()).singleElement().satisfies(info -> assertThat(info.quoteCount()).isEqualTo(2));
        assertThat(shown).isEmpty();

        try (Workspace terminal = Workspace.open(file)) {
            terminal.quotes().delete(first.id());
        }
        others.look();
        assertThat(pane.quotes()).hasSize(1);
        assertThat(pane.selected()).isEmpty();
        session.close();
    }

    /** A change committed after the window opened the workspace but before its first look still shows. */
    @Test
    void aChangeBeforeTheFirstLookShowsToo() {
        Path file = dir.resolve("early.qb");
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(Optional.of("Bridge vote"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "UTF-8", "bridge.txt"));
        }
        List<Throwable> shown = new ArrayList<>();
        WorkspaceSession session = new WorkspaceSession(new Background(shown::add, Runnable::run, Runnable::run));
        session.open(file, () -> { }, shown::add);
        assertThat(session.articles()).hasSize(1);
        try (Workspace terminal = Workspace.open(file)) {
            terminal.articles().importArticle(new ArticleDraft("Ferry strike\n\nCrews walked out. 🚢 Café\u0301.", new ArticleMetadata(Optional.of("Ferry strike"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    "UTF-8", "ferry.txt"));
        }
        new OtherPrograms(session, List::of).look(); // the very first look
        assertThat(session.articles()).hasSize(2);
        assertThat(shown).isEmpty();
        session.close();
    }

    private static QuoteDraft draft(long article, int start, int end) {
        return new QuoteDraft(article, new Span(start, end), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
}
