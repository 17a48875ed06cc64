package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;

/**
 * The library's filter choices narrow the list and "All …" widens it again; the window starts with
 * a hint where the quotes table goes and an empty pane, builds the table and the text area hidden
 * once it is usable, and shows both with the first article.
 */
class LibraryFiltersInWindowTest extends WindowTest {

    @Test
    void anOutletChoiceNarrowsTheLibraryAndAllOutletsWidensIt() throws Exception {
        Workbench workbench = workbench(start("--workspace=" + dir.resolve("filters.qb")));
        ListView<ArticleInfo> library = trySamples();
        ComboBox<String> outlet = robot.lookup("#outlet-filter").queryComboBox();
        waitUntil(() -> outlet.getItems().contains("The Bellmouth Gazette"));
        assertThat(outlet.getValue()).isEqualTo("All outlets");

        robot.interact(() -> outlet.setValue("The Bellmouth Gazette"));
        waitUntil(() -> library.getItems().size() == 1);
        assertThat(library.getItems().get(0).metadata().title()).contains("Okafor promises bridge by May");

        // By keyboard: the first choice clears the filter.
        robot.interact(outlet::requestFocus);
        robot.type(KeyCode.F4);
        robot.type(KeyCode.UP).type(KeyCode.ENTER);
        waitUntil(() -> library.getItems().size() == 3);
        assertThat(outlet.getValue()).isEqualTo("All outlets");
        assertThat(workbench.library().list().getItems()).hasSize(3);
    }

    @Test
    void theQuotesTableAndTheTextAreaAreBuiltHiddenOnceIdleAndShownWithTheFirstArticle() throws Exception {
        Workbench workbench = workbench(start("--workspace=" + dir.resolve("first.qb")));
        ListView<ArticleInfo> library = trySamples();
        // Built (and styled) after the window became usable, but not shown before there is an article.
        waitUntil(() -> robot.lookup("#quotes-table").tryQuery().isPresent() && areas().size() == 1);
        TableView<Quote> table = robot.lookup("#quotes-table").queryTableView();
        assertThat(table.isVisible()).isFalse();
        assertThat(table.getSkin()).isNotNull();
        assertThat(areas().get(0).getParent().isVisible()).isFalse();
        Label hint = robot.lookup(".quotes-dock .pane-placeholder").queryAs(Label.class);
        assertThat(hint.getText()).contains("quotes of the article you open");
        assertThat(hint.isVisible()).isTrue();

        robot.interact(() -> workbench.model().open(library.getItems().get(0), false));
        waitUntil(() -> !areas().get(0).getText().isEmpty());
        assertThat(areas()).hasSize(1);
        assertThat(areas().get(0).getParent().isVisible()).isTrue();
        assertThat(table.isVisible()).isTrue();
        assertThat(robot.lookup(".quotes-dock .pane-placeholder").tryQuery()).isEmpty();
    }

    @Test
    void thousandsOfSpeakersFillTheSpeakerFilterQuickly() throws Exception {
        Path file = dir.resolve("many.qb");
        try (org.quotebench.store.Workspace workspace = org.quotebench.store.Workspace.open(file)) {
            for (int i = 0; i < 3_000; i++) {
                workspace.speakers().findOrCreate("Speaker " + i);
            }
        }
        workbench(start("--workspace=" + file));
        ComboBox<String> speaker = robot.lookup("#speaker-filter").queryComboBox();
        // A choice box rebuilt its menu once per item added (minutes for 3,000); the combo box's list is virtual.
        waitUntil(() -> speaker.getItems().size() == 3_001);
        assertThat(speaker.getValue()).isEqualTo("All speakers");
        @SuppressWarnings("unchecked")
        ChoiceBox<String> verdict = robot.lookup("#verdict-filter").queryAs(ChoiceBox.class);
        assertThat(verdict.getItems()).startsWith("All verdicts", "unchecked");
    }
}
