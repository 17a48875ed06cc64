package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.quotebench.compare.Flag;
import org.quotebench.compare.Statement;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.compare.CompareCommands;

/** Two fictional outlets quote the mayor differently on one vote: one statement, its flags, and both articles side by side. */
class CompareWindowTest extends WindowTest {
    private static final String COURIER = "Bridge vote\n\n“The bridge will be open to traffic by May,” said Mayor Renée Okafor.";
    private static final String GAZETTE = "Bridge by May\n\n“The bridge will surely be open by May,” Tom Hale quoted the mayor as saying.";

    @Test
    void oneStatementWithItsFlagsAndBothArticlesSideBySide() throws Exception {
        Path file = dir.resolve("compare.qb");
        try (Workspace ws = Workspace.open(file)) {
            long okafor = ws.speakers().findOrCreate("Renée Okafor").id();
            long hale = ws.speakers().findOrCreate("Tom Hale").id();
            long vote = ws.events().findOrCreate("Bridge vote").id();
            storeQuote(ws, storeArticle(ws, "The Harbour Courier", "2026-03-02", COURIER), COURIER,
                    "“The bridge will be open to traffic by May,”", Optional.of(okafor), Verdict.UNCHECKED, List.of(vote));
            storeQuote(ws, storeArticle(ws, "The Bellmouth Gazette", "2026-03-02", GAZETTE), GAZETTE,
                    "“The bridge will surely be open by May,”", Optional.of(hale), Verdict.UNCHECKED, List.of(vote));
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 2 && workbench.session().events().size() == 1);
        robot.interact(() -> commands().comparing().compare(new CompareCommands.Scope("Bridge vote", Optional.of("Bridge vote"),
                Optional.empty(), List.of())));
        waitUntil(() -> compareStage().isPresent());
        Stage stage = compareStage().orElseThrow();
        assertClearOfLibrary(workbench, stage);
        Label summary = robot.from(stage.getScene().getRoot()).lookup("#compare-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("Bridge vote: 1 statement from 2 quotes in 2 articles");
        ListView<Statement> statements = robot.from(stage.getScene().getRoot()).lookup("#statements").queryListView();
        assertThat(statements.getItems()).hasSize(1);
        assertThat(statements.getItems().get(0).flags()).contains(Flag.WORDING_DIFFERS, Flag.WORDS_ADDED, Flag.DIFFERENT_SPEAKERS);
        assertThat(robot.from(stage.getScene().getRoot()).lookup(".diff-added").queryAll()).isNotEmpty(); // "surely" marked

        ComboBox<String> filter = robot.from(stage.getScene().getRoot()).lookup("#flag-filter").queryComboBox();
        robot.interact(() -> filter.setValue("one-outlet"));
        assertThat(statements.getItems()).isEmpty();
        robot.interact(() -> filter.setValue("different-speakers"));
        assertThat(statements.getItems()).hasSize(1);
        robot.interact(() -> statements.getSelectionModel().select(0));

        Button open = robot.from(stage.getScene().getRoot()).lookup("#open-side-by-side").queryButton();
        robot.interact(open::fire);
        waitUntil(() -> workbench.panes().panes().size() == 2 && workbench.panes().panes().stream()
                .allMatch(p -> p.model().selected().isPresent()));
        List<String> selected = workbench.panes().panes().stream().map(ArticlePane::model).map(m -> m.selected().orElseThrow().exact())
                .toList();
        assertThat(selected).containsExactlyInAnyOrder("“The bridge will be open to traffic by May,”", "“The bridge will surely be open by May,”");
        robot.interact(stage::close);
    }

    private Optional<Stage> compareStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Compare"))
                .map(w -> (Stage) w).findFirst();
    }
}
