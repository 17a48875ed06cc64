package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/** The Speakers view: merge two speakers, undo it, edit in place, delete with a confirmation, and the speaker's page. */
class SpeakersWindowTest extends WindowTest {
    private static final String COURIER = "Bridge vote\n\n“The bridge will be open by May,” said Mayor Renée Okafor.";
    private static final String GAZETTE = "Ferry strike\n\n“We will talk to the crews,” R. Okafor said.";

    @Test
    void mergeTwoSpeakersThenUndoAndRedo() throws Exception {
        Path file = dir.resolve("speakers.qb");
        long courierQuote;
        long gazetteQuote;
        try (Workspace ws = Workspace.open(file)) {
            long okafor = ws.speakers().findOrCreate("Renée Okafor").id();
            long short_ = ws.speakers().findOrCreate("R. Okafor").id();
            ws.speakers().addAlias(short_, "the mayor");
            courierQuote = add(ws, storeArticle(ws, "The Harbour Courier", "2026-05-03", COURIER), COURIER, "“The bridge will be open by May,”",
                    okafor, ws.events().findOrCreate("Bridge vote").id());
            gazetteQuote = add(ws, storeArticle(ws, "The Bellmouth Gazette", "2026-03-01", GAZETTE), GAZETTE, "“We will talk to the crews,”",
                    short_, ws.events().findOrCreate("Ferry strike").id());
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().speakers().size() == 2);
        robot.interact(commands().actions().get(org.quotebench.ui.actions.ActionId.SPEAKERS).run());
        waitUntil(() -> stage("Speakers").isPresent());
        Stage stage = stage("Speakers").orElseThrow();
        assertClearOfLibrary(workbench, stage);
        TableView<?> table = robot.from(stage.getScene().getRoot()).lookup("#speakers-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2 && quotesColumn(table).getCellData(0) == 1);

        robot.interact(() -> table.getSelectionModel().selectAll());
        Button merge = robot.from(stage.getScene().getRoot()).lookup("#merge-speakers").queryButton();
        javafx.application.Platform.runLater(merge::fire); // the dialog waits for an answer: do not wait for it here
        waitUntil(() -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#merge-dialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> keep = (ComboBox<String>) robot.from(dialog).lookup(".combo-box").query();
        robot.interact(() -> keep.setValue("Renée Okafor"));
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());

        waitUntil(() -> table.getItems().size() == 1 && quotesColumn(table).getCellData(0) == 2);
        Speaker merged = workbench.session().speakers().get(0);
        assertThat(merged.name()).isEqualTo("Renée Okafor");
        assertThat(merged.aliases()).containsExactlyInAnyOrder("R. Okafor", "the mayor");
        assertThat(speakerOf(file, gazetteQuote)).contains("Renée Okafor");

        // The speaker's page: both quotes, grouped by event, the earlier event (the strike) first.
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        ListView<?> page = robot.from(stage.getScene().getRoot()).lookup("#speaker-page").queryListView();
        waitUntil(() -> page.getItems().size() == 4);
        assertThat(page.getItems().get(0).toString()).contains("Ferry strike");
        assertThat(page.getItems().get(2).toString()).contains("Bridge vote");

        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(speakerOf(file, gazetteQuote)).contains("R. Okafor");
        assertThat(speakerOf(file, courierQuote)).contains("Renée Okafor");
        assertThat(workbench.session().speakers()).filteredOn(s -> s.name().equals("R. Okafor")).singleElement()
                .satisfies(s -> assertThat(s.aliases()).containsExactly("the mayor"));
        assertThat(workbench.session().speakers()).filteredOn(s -> s.name().equals("Renée Okafor")).singleElement()
                .satisfies(s -> assertThat(s.aliases()).isEmpty());

        robot.interact(() -> workbench.annotating().redo());
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(speakerOf(file, gazetteQuote)).contains("Renée Okafor");
        robot.interact(stage::close);
    }

    @Test
    void editInPlaceAndDeleteAfterAConfirmation() throws Exception {
        Path file = dir.resolve("edit.qb");
        long quote;
        try (Workspace ws = Workspace.open(file)) {
            long okafor = ws.speakers().findOrCreate("Renée Okafor").id();
            quote = add(ws, storeArticle(ws, "The Harbour Courier", "2026-05-03", COURIER), COURIER, "“The bridge will be open by May,”", okafor,
                    ws.events().findOrCreate("Bridge vote").id());
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().speakers().size() == 1);
        robot.interact(commands().actions().get(org.quotebench.ui.actions.ActionId.SPEAKERS).run());
        waitUntil(() -> stage("Speakers").isPresent());
        Stage stage = stage("Speakers").orElseThrow();
        TableView<?> table = robot.from(stage.getScene().getRoot()).lookup("#speakers-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);

        @SuppressWarnings("unchecked")
        TableColumn<Object, ?> role = (TableColumn<Object, ?>) table.getColumns().stream().filter(c -> c.getText().equals("Role")).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.edit(0, (TableColumn) role);
        });
        // The cell's own text field, typed into and committed with Enter (its action), as a user does.
        waitUntil(() -> robot.from(table).lookup(".text-field").tryQuery().isPresent());
        javafx.scene.control.TextField field = robot.from(table).lookup(".text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            field.setText("mayor of Kestrel Bay");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> workbench.session().speakers().get(0).role().isPresent());
        assertThat(workbench.session().speakers().get(0).role()).contains("mayor of Kestrel Bay");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        Button delete = robot.from(stage.getScene().getRoot()).lookup("#delete-speaker").queryButton();
        javafx.application.Platform.runLater(delete::fire);
        waitUntil(() -> robot.lookup("#delete-speaker-dialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#delete-speaker-dialog").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).startsWith("1 quote will lose their speaker");
        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.CANCEL)).fire());
        assertThat(workbench.session().speakers()).hasSize(1);

        javafx.application.Platform.runLater(delete::fire);
        waitUntil(() -> robot.lookup("#delete-speaker-dialog").tryQuery().isPresent());
        DialogPane again = robot.lookup("#delete-speaker-dialog").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) again.lookupButton(ButtonType.OK)).fire());
        waitUntil(() -> workbench.session().speakers().isEmpty());
        assertThat(speakerOf(file, quote)).isEmpty();

        robot.interact(() -> workbench.annotating().undo());
        waitUntil(() -> workbench.session().speakers().size() == 1);
        assertThat(speakerOf(file, quote)).contains("Renée Okafor");
        assertThat(workbench.session().speakers().get(0).role()).contains("mayor of Kestrel Bay");
        // Escape closes it, as it closes a dialog (issue 20, small things).
        robot.interact(() -> table.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                false, false, false, false)));
        waitUntil(() -> !stage.isShowing());
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<Object, Integer> quotesColumn(TableView<?> table) {
        return (TableColumn<Object, Integer>) table.getColumns().stream().filter(c -> c.getText().equals("Quotes")).findFirst().orElseThrow();
    }

    private static Optional<Stage> stage(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }

    /** The quote's speaker as stored, read through a second connection as another program would. */
    private static Optional<String> speakerOf(Path file, long quoteId) {
        try (Workspace ws = Workspace.open(file)) {
            return ws.quotes().list(QuoteFilter.all()).stream().filter(q -> q.id() == quoteId).findFirst().orElseThrow().speaker()
                    .map(Speaker::name);
        }
    }

    private static long add(Workspace ws, long article, String text, String quote, long speaker, long event) {
        return storeQuote(ws, article, text, quote, Optional.of(speaker), Verdict.UNCHECKED, List.of(event));
    }
}
