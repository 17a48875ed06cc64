package org.quotebench.ui;

import org.quotebench.ui.jobs.Background;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import org.quotebench.ui.article.PaneModel;

/**
 * The workbench without a window (issue 20's redesign): panes, focus, the selected quote derived
 * from the focused pane, opening, stepping through suggestions, accepting. Jobs run on the calling
 * thread, so each command's effect is there when it returns.
 */
class WorkbenchModelTest {
    private static final String TEXT = "Tide gates 🌊 at Café\u0301 pier\n\n“The gates close tonight,” Ines Varga said. "
            + "“We are ready,” she added. “Nobody will be hurt,” Varga said.";
    @TempDir
    Path dir;
    private final List<Throwable> shown = new ArrayList<>();
    private WorkspaceSession session;
    private WorkbenchModel model;

    private void start(Path file) {
        session = new WorkspaceSession(new Background(shown::add, Runnable::run, Runnable::run));
        session.open(file, () -> { }, shown::add);
        model = new WorkbenchModel(session);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
        assertThat(shown).isEmpty();
    }

    @Test
    void theSelectedQuoteIsTheFocusedPanesAndFollowsTheFocus() {
        start(dir.resolve("focus.qb"));
        PaneModel left = model.focusedPane();
        Quote quote = someQuote(1);
        left.show(null, List.of());
        left.selectedProperty().set(quote);
        assertThat(model.selectedQuoteProperty().get()).isSameAs(quote);

        PaneModel right = model.addPane().orElseThrow();
        assertThat(model.focusedPane()).isSameAs(right);
        assertThat(model.selectedQuoteProperty().get()).as("the new pane selects nothing").isNull();
        right.selectedProperty().set(someQuote(2));
        assertThat(model.selectedQuoteProperty().get().id()).isEqualTo(2);
        left.selectedProperty().set(someQuote(3)); // a pane without the focus does not change the selection
        assertThat(model.selectedQuoteProperty().get().id()).isEqualTo(2);

        model.closeFocusedPane();
        assertThat(model.panes()).containsExactly(left);
        assertThat(model.selectedQuoteProperty().get().id()).isEqualTo(3);
        model.closeFocusedPane(); // the last pane is emptied, not closed
        assertThat(model.panes()).containsExactly(left);
        assertThat(model.selectedQuoteProperty().get()).isNull();
    }

    @Test
    void atMostFourPanesAndOneColourModeForAll() {
        start(dir.resolve("panes.qb"));
        for (int i = 0; i < 5; i++) {
            model.addPane();
        }
        assertThat(model.panes()).hasSize(WorkbenchModel.MOST_PANES);
        model.toggleColourMode();
        assertThat(model.colourByVerdictProperty().get()).isTrue();
        model.toggleQuotesTable();
        assertThat(model.quotesTableShownProperty().get()).isFalse();
        model.focus(new PaneModel()); // not one of the workbench's panes: ignored
        assertThat(model.panes()).contains(model.focusedPane());
    }

    @Test
    void openingShowsTheArticleSelectsTheQuoteAndAsksTheViewToShowIt() {
        Path file = dir.resolve("open.qb");
        ArticleInfo info = articleWithSuggestions(file);
        start(file);
        long second = stored(file).get(1).id();
        PaneModel pane = model.focusedPane();
        List<Quote> revealed = new ArrayList<>();
        int[] keyboard = new int[1];
        pane.onReveal(revealed::add);
        pane.onKeyboardWanted(() -> keyboard[0]++);

        model.openIn(pane, info, Optional.of(second));

        assertThat(pane.article().orElseThrow().id()).isEqualTo(info.id());
        assertThat(pane.quotes()).hasSize(3);
        assertThat(model.selectedQuoteProperty().get().id()).isEqualTo(second);
        assertThat(revealed).extracting(Quote::id).containsExactly(second);
        assertThat(keyboard[0]).isEqualTo(1);
        assertThat(model.openedProperty().get()).isEqualTo(1);
    }

    @Test
    void acceptingMovesToTheNextSuggestionAndAcceptAllTakesTheRest() {
        Path file = dir.resolve("accept.qb");
        ArticleInfo info = articleWithSuggestions(file);
        start(file);
        model.open(info, false);
        PaneModel pane = model.focusedPane();

        model.nextSuggestion();
        Quote first = model.selectedQuoteProperty().get();
        assertThat(first.id()).isEqualTo(pane.quotes().get(0).id());
        model.decide(QuoteStatus.ACCEPTED);
        assertThat(stored(file).get(0).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(model.selectedQuoteProperty().get().id()).as("moved on to the next suggestion").isEqualTo(pane.quotes().get(1).id());
        model.step(-1);
        assertThat(model.selectedQuoteProperty().get().id()).isEqualTo(first.id());

        assertThat(model.acceptAll()).isTrue();
        assertThat(stored(file)).extracting(Quote::status).containsOnly(QuoteStatus.ACCEPTED);
        assertThat(model.acceptAll()).as("nothing left to accept").isFalse();
        model.annotating().undo(); // accept-all is one step
        assertThat(stored(file)).extracting(Quote::status).containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.SUGGESTED,
                QuoteStatus.SUGGESTED);
    }

    private static Quote someQuote(long id) {
        return new Quote(id, "uuid-" + id, 1, new Span(0, 4), "“Hi”", QuoteKind.DIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), "", "");
    }

    /** One article with its three quotes as suggestions, after an emoji and a combining accent. */
    private static ArticleInfo articleWithSuggestions(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            ArticleInfo info = ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(
                    Optional.of("Tide gates"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    "UTF-8", "tides.txt"))).article();
            int from = 0;
            for (int i = 0; i < 3; i++) {
                int open = TEXT.indexOf('“', from);
                int close = TEXT.indexOf('”', open) + 1;
                from = close;
                ws.quotes().add(new QuoteDraft(info.id(), new Span(open, close),
                        QuoteKind.DIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
            }
            return info;
        }
    }

    private static List<Quote> stored(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            return ws.quotes().list(QuoteFilter.all());
        }
    }
}
