package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Event;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/** The Events view: edit an event in place, link the articles selected in the library, unlink one. */
class EventsWindowTest extends WindowTest {
    @Test
    void editLinkAndUnlink() throws Exception {
        Path file = dir.resolve("events.qb");
        try (Workspace ws = Workspace.open(file)) {
            for (String outlet : new String[] {"The Harbour Courier", "The Bellmouth Gazette"}) {
                String text = "Bridge vote\n\n“The bridge opens in May,” said Mayor Renée Okafor, " + outlet + " reports.";
                ArticleMetadata meta = new ArticleMetadata(Optional.of("Bridge vote"), Optional.of(outlet), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty());
                ws.articles().importArticle(new ArticleDraft(text, meta, "UTF-8", outlet + ".txt"));
            }
            ws.events().findOrCreate("Harbour bridge vote");
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 2 && workbench.session().events().size() == 1);
        robot.interact(commands().actions().get(org.quotebench.ui.actions.ActionId.EVENTS).run());
        waitUntil(() -> stage().isPresent());
        Stage stage = stage().orElseThrow();
        assertClearOfLibrary(workbench, stage);
        TableView<Event> table = robot.from(stage.getScene().getRoot()).lookup("#events-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);

        @SuppressWarnings({"unchecked", "rawtypes"})
        TableColumn<Event, ?> place = table.getColumns().stream().filter(c -> c.getText().equals("Place")).findFirst().orElseThrow();
        robot.interact(() -> table.edit(0, (TableColumn) place));
        waitUntil(() -> robot.from(table).lookup(".text-field").tryQuery().isPresent());
        TextField field = robot.from(table).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("Kestrel Bay");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> workbench.session().events().get(0).place().isPresent());
        assertThat(workbench.session().events().get(0).place()).contains("Kestrel Bay");

        robot.interact(() -> {
            table.getSelectionModel().select(0);
            workbench.library().list().getSelectionModel().selectAll();
        });
        Button link = robot.from(stage.getScene().getRoot()).lookup("#link-articles").queryButton();
        robot.interact(link::fire);
        ListView<?> articles = robot.from(stage.getScene().getRoot()).lookup("#event-articles").queryListView();
        waitUntil(() -> articles.getItems().size() == 2);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.events().articleIds(ws.events().findByName("Harbour bridge vote").orElseThrow().id())).hasSize(2);
        }

        robot.interact(() -> articles.getSelectionModel().select(0));
        Button unlink = robot.from(stage.getScene().getRoot()).lookup("#unlink-article").queryButton();
        robot.interact(unlink::fire);
        waitUntil(() -> articles.getItems().size() == 1);
        robot.interact(stage::close);
    }

    private static Optional<Stage> stage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Events".equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }
}
