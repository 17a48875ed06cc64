package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Event;
import org.quotebench.core.Span;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/** A quote marked in the window is about its article's events until the user changes them. */
class QuoteEventsDefaultTest extends WindowTest {
    private static final String TEXT = "Bridge vote\n\n“The bridge opens in May,” said Mayor Renée Okafor.";

    @Test
    void aNewQuoteTakesItsArticlesEvents() throws Exception {
        Path file = dir.resolve("events.qb");
        try (Workspace ws = Workspace.open(file)) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Bridge vote"), Optional.of("The Harbour Courier"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            long id = ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(TEXT, meta, "UTF-8", "vote.txt"))).article().id();
            ws.events().link(ws.events().findOrCreate("Harbour bridge vote").id(), id);
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1);
        ArticleInfo info = workbench.session().articles().get(0);
        robot.interact(() -> workbench.model().open(info, false));
        waitUntil(() -> workbench.panes().focusedPane().model().article().isPresent());
        int start = TEXT.indexOf('“');
        robot.interact(() -> workbench.annotating().markQuote(new Span(start, TEXT.indexOf('”') + 1), () -> { }));
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().size() == 1);
        assertThat(workbench.panes().focusedPane().model().quotes().get(0).events()).extracting(Event::name)
                .containsExactly("Harbour bridge vote");

        // Issue 20, small things: Accept is off on a quote that is accepted already, Reject stays on.
        robot.interact(() -> workbench.model().select(workbench.panes().focusedPane().model().quotes().get(0)));
        waitUntil(() -> workbench.inspector().quoteProperty().get() != null);
        var actions = commands().actions();
        assertThat(actions.get(org.quotebench.ui.actions.ActionId.ACCEPT).disabled().get()).isTrue();
        assertThat(actions.get(org.quotebench.ui.actions.ActionId.REJECT).disabled().get()).isFalse();
    }
}
