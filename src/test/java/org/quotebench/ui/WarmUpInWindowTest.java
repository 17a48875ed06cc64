package org.quotebench.ui;

import org.quotebench.ui.startup.TrainingRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.ui.article.ArticlePane;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window prepares while idle: once the library lists a long article, it warms up opening
 * one, off screen (the window's own panes and quotes table show nothing of it, and the long article
 * then opens as usual); and it styles the inspector's form, hidden, before the first quote is selected.
 */
class WarmUpInWindowTest extends WindowTest {
    private static final String SHORT = "Tide tables 🌊 at Sainte-Rose\u0301.\n\n“The tide will turn by Friday,” the harbour master said.";

    @Test
    void aWorkspaceWithALongArticleIsWarmedUpWithoutShowingAnything() throws Exception {
        String text = longText();
        Workbench workbench = startWithQuotedArticle("long.qb", text);
        // The background rounds take a good half second before the first step on the FX thread: time enough
        // to watch everything the window shows before the warm-up touches anything.
        ArticlePane pane = WaitForAsyncUtils.asyncFx(() -> workbench.panes().focusedPane()).get(5, TimeUnit.SECONDS);
        List<String> changes = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            pane.model().articleProperty().addListener((obs, old, now) -> changes.add("article " + now));
            pane.model().quotes().addListener((ListChangeListener<Quote>) change -> changes.add("quotes"));
            pane.textArea().textProperty().addListener((obs, old, now) -> changes.add("text"));
            workbench.quotesTable().itemsProperty().addListener((obs, old, now) -> changes.add("table items"));
            workbench.quotesTable().getItems().addListener((ListChangeListener<Quote>) change -> changes.add("table rows"));
        }).get(5, TimeUnit.SECONDS);

        app().warmUp().warmedUp().get(60, TimeUnit.SECONDS);

        assertThat(app().warmUp().started()).isTrue();
        assertThat(changes).isEmpty();
        assertThat(pane.model().article()).isEmpty();
        assertThat(workbench.quotesTable().getItems()).isEmpty();
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> pane.textArea().getLength() == text.length() && pane.model().quotes().size() == 1);
        int inside = text.indexOf("tide will turn");
        waitUntil(() -> pane.textArea().getStyleAtPosition(inside + 1).contains("speaker-none"));
        assertThat(workbench.quotesTable().getItems()).hasSize(1);
    }

    @Test
    void aLongArticleImportedLaterStartsTheWarmUpThen() throws Exception {
        Workbench workbench = startWithQuotedArticle("short.qb", SHORT);
        // Once the pane's text area is in the scene, the window has made its choice (prepareForFirstArticle).
        waitUntil(() -> workbench.session().articles().size() == 1 && workbench.panes().focusedPane().textArea().getScene() != null);
        assertThat(app().warmUp().started()).isFalse();

        robot.interact(() -> workbench.session().call("Importing", ws -> ws.articles().importArticle(new ArticleDraft(longText(),
                ArticleMetadata.NONE.withTitle("A long one"), "UTF-8", "long.txt")), done -> workbench.session().refresh()));

        app().warmUp().warmedUp().get(60, TimeUnit.SECONDS);
        assertThat(app().warmUp().started()).isTrue();
        assertThat(workbench.session().articles()).hasSize(2);
    }

    @Test
    void theTrainingRunOpensTheWorkspacesArticlesThenWarmsUpAndReadsOffScreenLeavingThePaneEmpty() throws Exception {
        Workbench workbench = startWithQuotedArticle("train.qb", SHORT);
        waitUntil(() -> workbench.session().articles().size() == 1 && workbench.panes().focusedPane().textArea().getScene() != null);
        assertThat(app().warmUp().started()).isFalse(); // a short workspace: no warm-up of its own
        ArticlePane pane = workbench.panes().focusedPane();
        List<String> shown = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> pane.model().articleProperty().addListener((obs, old, now) -> shown.add(
                now == null ? "nothing" : now.info().metadata().title().orElse("?") + " with " + pane.model().quotes().size()
                        + " quote"))).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> TrainingRun.start(app().warmUp())).get(5, TimeUnit.SECONDS).get(120, TimeUnit.SECONDS);

        String title = workbench.session().articles().get(0).metadata().title().orElse("?");
        List<String> expected = new java.util.ArrayList<>();
        for (int round = 0; round < TrainingRun.ROUNDS; round++) {
            if (round > 0) {
                expected.add("nothing"); // closed before it is opened again
            }
            expected.add(title + " with 1 quote");
        }
        expected.add("nothing");
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(pane.model().article()).isEmpty();
        assertThat(workbench.session().articles()).hasSize(1);
    }

    @Test
    void theInspectorFormIsStyledHiddenBeforeTheFirstQuoteIsSelected() throws Exception {
        Workbench workbench = startWithQuotedArticle("inspector.qb", SHORT);
        // A skin is made when a control is first styled: the form is styled once the window is idle.
        waitUntil(() -> robot.lookup("#speaker-field").tryQuery().map(n -> ((Control) n).getSkin() != null).orElse(false));
        Node field = robot.lookup("#speaker-field").query();
        assertThat(shown(field)).isFalse();

        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().size() == 1);
        robot.interact(() -> workbench.model().select(workbench.panes().focusedPane().model().quotes().get(0)));
        waitUntil(() -> shown(field));
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Over 200,000 characters in short paragraphs, one quote near the top. */
    private static String longText() {
        StringBuilder text = new StringBuilder(SHORT).append("\n\n");
        while (text.length() < 210_000) {
            text.append("The ferry left at dawn and the harbour board met again on Tuesday about the bridge.\n\n");
        }
        return text.toString();
    }
}
