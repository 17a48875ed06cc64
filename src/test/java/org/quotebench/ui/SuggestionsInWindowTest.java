package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.store.Workspace;
import org.quotebench.ui.welcome.SampleArticles;

/** The quote finder in the window: find, then Tab, A, R, Shift+A, undo; rejected ones stay rejected. */
class SuggestionsInWindowTest extends WindowTest {
    @Test
    void findAcceptRejectAcceptAllAndUndo() throws Exception {
        Path file = dir.resolve("suggest.qb");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.articles().importAll(SampleArticles.read());
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 3);
        ArticleInfo courier = workbench.session().articles().stream()
                .filter(a -> a.metadata().title().orElse("").startsWith("Council approves")).findFirst().orElseThrow();
        robot.interact(() -> workbench.model().open(courier, false));
        waitUntil(() -> areas().size() == 1 && areas().get(0).getLength() > 0);
        StyleClassedTextArea area = areas().get(0);
        TableView<Quote> table = robot.lookup("#quotes-table").queryTableView();

        robot.clickOn(area).press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Q).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() >= 3);
        int found = table.getItems().size();
        assertThat(table.getItems()).allSatisfy(q -> assertThat(q.status()).isEqualTo(QuoteStatus.SUGGESTED));

        robot.type(KeyCode.TAB);
        waitUntil(() -> workbench.inspector().quoteProperty().get() != null);
        Quote first = workbench.inspector().quoteProperty().get();
        robot.type(KeyCode.A);
        waitUntil(() -> status(table, first) == QuoteStatus.ACCEPTED);
        waitUntil(() -> workbench.inspector().quoteProperty().get().id() != first.id()); // moved on to the next suggestion
        Quote second = workbench.inspector().quoteProperty().get();
        robot.type(KeyCode.R);
        waitUntil(() -> status(table, second) == QuoteStatus.REJECTED);

        robot.press(KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT);
        waitUntil(() -> table.getItems().stream().noneMatch(q -> q.status() == QuoteStatus.SUGGESTED));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // undoes "accept all" as one step
        waitUntil(() -> table.getItems().stream().filter(q -> q.status() == QuoteStatus.SUGGESTED).count() == found - 2);

        // Finding again proposes nothing new: the rejected suggestion stays rejected.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Q).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> workbench.session().background().activityProperty().get().isEmpty());
        assertThat(table.getItems()).hasSize(found);
        try (Workspace workspace = Workspace.open(file)) {
            List<Quote> stored = workspace.quotes().ofArticle(courier.id());
            assertThat(stored).hasSize(found);
            assertThat(stored.stream().filter(q -> q.id() == second.id()).findFirst().orElseThrow().status())
                    .isEqualTo(QuoteStatus.REJECTED);
        }
    }

    private static QuoteStatus status(TableView<Quote> table, Quote quote) {
        return table.getItems().stream().filter(q -> q.id() == quote.id()).findFirst().map(Quote::status).orElse(null);
    }
}
