package org.quotebench.ui.speakers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotebench.compare.SpeakerPage;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Plural;
import org.quotebench.core.Speaker;
import org.quotebench.ui.Annotating;
import org.quotebench.ui.WorkspaceSession;
import org.quotebench.ui.undo.UndoHistory;

/**
 * View > Speakers: every speaker with its quote count, searchable and editable in place; merge two
 * (one undoable step), delete (with a confirmation when quotes lose their speaker), and the selected
 * speaker's page of quotes across the library, grouped by event.
 */
public final class SpeakersWindow {
    private final WorkspaceSession session;
    private final Annotating annotating;
    private final Label message = new Label();
    private final SpeakersTable table;
    private final SpeakerPageView page;
    private final Stage stage = new Stage();

    private SpeakersWindow(Window owner, WorkspaceSession session, Annotating annotating, BiConsumer<ArticleInfo, Long> openQuote) {
        this.session = session;
        this.annotating = annotating;
        this.table = new SpeakersTable(new SpeakerEdits(session, annotating, new org.quotebench.ui.conflicts.ConflictDialog(() -> stage),
                this::say, this::reload));
        this.page = new SpeakerPageView(entry -> openQuote.accept(entry.article(), entry.quote().id()));
        TextField search = new TextField();
        search.setId("speaker-search");
        search.setPromptText("Search names, aliases, roles…");
        search.textProperty().addListener((obs, old, words) -> table.filter(words));
        Button merge = new Button("Merge…");
        merge.setId("merge-speakers");
        merge.setOnAction(e -> merge());
        Button delete = new Button("Delete…");
        delete.setId("delete-speaker");
        delete.setOnAction(e -> delete());
        Button undo = new Button("Undo");
        undo.setId("undo-speakers");
        undo.disableProperty().bind(annotating.history().canUndoProperty().not());
        undo.setOnAction(e -> annotating.undo());
        table.view().getSelectionModel().getSelectedItems().addListener((ListChangeListener<SpeakersTable.Row>) c -> {
            List<SpeakersTable.Row> rows = table.selected();
            merge.setDisable(rows.isEmpty());
            delete.setDisable(rows.size() != 1);
            showPage(rows.size() == 1 ? Optional.of(rows.get(0).speaker()) : Optional.empty());
        });
        merge.setDisable(true);
        delete.setDisable(true);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        HBox tools = new HBox(8, search, merge, delete, gap, undo);
        tools.setPadding(new Insets(8));
        message.setId("speaker-message");
        message.setWrapText(true);
        message.setPadding(new Insets(4, 8, 8, 8));
        Label hint = new Label("Double-click a cell (or F2) to edit it; a renamed speaker keeps the old name as an alias · "
                + "select two speakers and Merge to make them one · Ctrl+Z undoes");
        hint.getStyleClass().add("diff-legend");
        hint.setPadding(new Insets(0, 8, 4, 8));
        SplitPane body = new SplitPane(table.view(), page.view());
        body.setDividerPositions(0.6);
        BorderPane root = new BorderPane(body);
        root.setTop(new javafx.scene.layout.VBox(tools, hint));
        root.setBottom(message);
        Scene scene = new Scene(root, 1250, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), annotating::undo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), annotating::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), search::requestFocus);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Speakers");
        stage.setScene(scene);
        org.quotebench.ui.EscapeCloses.install(stage);
        // Speakers change when quotes are marked, merged or undone, here or in the main window.
        session.speakers().addListener((ListChangeListener<Speaker>) c -> reload());
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                reload();
            }
        });
    }

    /** Opens the Speakers view. */
    public static Stage show(Window owner, WorkspaceSession session, Annotating annotating, BiConsumer<ArticleInfo, Long> openQuote) {
        SpeakersWindow window = new SpeakersWindow(owner, session, annotating, openQuote);
        org.quotebench.ui.ClearOfLibrary.place(window.stage, owner);
        window.stage.show();
        window.reload();
        return window.stage;
    }

    private void reload() {
        session.call("Listing speakers", ws -> {
            Map<Long, Integer> counts = ws.speakers().quoteCounts();
            return ws.speakers().list().stream().map(s -> new SpeakersTable.Row(s, counts.getOrDefault(s.id(), 0))).toList();
        }, table::setRows);
    }

    private void showPage(Optional<Speaker> speaker) {
        if (speaker.isEmpty()) {
            page.clear();
            return;
        }
        Map<Long, ArticleInfo> articles = session.articles().stream().collect(Collectors.toMap(ArticleInfo::id, Function.identity()));
        long id = speaker.get().id();
        session.call("Reading " + speaker.get().name() + "'s quotes", ws -> {
            List<org.quotebench.core.Quote> quotes = SpeakerSteps.quotesOf(ws, id);
            Map<Long, List<org.quotebench.core.Event>> covered = new java.util.HashMap<>();
            quotes.forEach(q -> covered.computeIfAbsent(q.articleId(), ws.events()::ofArticle));
            return SpeakerPage.of(quotes, articles, covered);
        },
                found -> {
                    List<SpeakersTable.Row> rows = table.selected();
                    if (rows.size() == 1 && rows.get(0).speaker().id() == id) {
                        page.show(rows.get(0).speaker(), found);
                    }
                });
    }

    private void merge() {
        List<SpeakersTable.Row> rows = table.selected();
        if (rows.size() > 2) {
            say("Select two speakers to merge, or one and then choose the other.");
            return;
        }
        Speaker first = rows.get(0).speaker();
        List<Speaker> choices = rows.size() == 2 ? List.of(first, rows.get(1).speaker())
                : table.rows().stream().map(SpeakersTable.Row::speaker).filter(s -> s.id() != first.id()).toList();
        if (choices.isEmpty()) {
            say("There is no other speaker to merge with.");
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0).name(), choices.stream().map(Speaker::name).toList());
        dialog.initOwner(stage);
        dialog.setTitle("Merge speakers");
        dialog.getDialogPane().setId("merge-dialog");
        dialog.setHeaderText(rows.size() == 2 ? "Merge " + first.name() + " and " + rows.get(1).speaker().name()
                + ": all quotes and aliases go to the one kept, the other's name becomes an alias."
                : "Merge " + first.name() + " into another speaker: its quotes and aliases move there, its name becomes an alias.");
        dialog.setContentText(rows.size() == 2 ? "Keep:" : "Merge into:");
        dialog.showAndWait().ifPresent(name -> {
            Speaker keep = choices.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            Speaker other = rows.size() == 2 ? (keep.id() == first.id() ? rows.get(1).speaker() : first) : first;
            merge(keep, other);
        });
    }

    /** Merges {@code other} into {@code keep} as one undoable step. */
    void merge(Speaker keep, Speaker other) {
        run("Merged " + other.name() + " into " + keep.name() + ". Ctrl+Z undoes it.", ws -> SpeakerSteps.merge(ws, keep.id(), other.id()));
    }

    private void delete() {
        SpeakersTable.Row row = table.selected().get(0);
        if (row.quotes() > 0) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Plural.of(row.quotes(), "quote") + " will lose their speaker; "
                    + "their text and spans stay. Ctrl+Z undoes it.", ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(stage);
            confirm.setTitle("Delete speaker");
            confirm.getDialogPane().setId("delete-speaker-dialog");
            confirm.setHeaderText("Delete " + row.speaker().name() + "?");
            if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
                return;
            }
        }
        run("Deleted " + row.speaker().name() + ". Ctrl+Z undoes it.", ws -> SpeakerSteps.delete(ws, row.speaker().id()));
    }

    private void run(String done, Function<org.quotebench.store.Workspace, UndoHistory.Step> change) {
        session.call("Changing speakers", change, step -> {
            annotating.speakersChanged(step);
            say(done);
        }, problem -> {
            say(problem.getMessage());
            reload();
        });
    }

    private void say(String text) {
        message.setText(text);
    }
}
