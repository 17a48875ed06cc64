package org.quotebench.ui.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.core.Plural;
import org.quotebench.ui.WorkspaceSession;

/**
 * View > Events: every event with its dates, place and description, edited in place; the articles
 * that cover the selected one, with linking of the articles selected in the library, unlinking, and
 * Compare outlets on the event.
 */
public final class EventsWindow {
    private final WorkspaceSession session;
    private final Supplier<List<Long>> selectedArticles;
    private final EventsTable table;
    private final ListView<ArticleInfo> articles = new ListView<>();
    private final Label covering = new Label("Select an event to see the articles that cover it.");
    private final Label message = new Label();
    private final Stage stage = new Stage();

    /** What the window needs from the main one. */
    public record Links(Supplier<List<Long>> selectedArticles, Consumer<ArticleInfo> openArticle, Consumer<Event> compare) {
    }

    private EventsWindow(Window owner, WorkspaceSession session, Links links) {
        this.session = session;
        this.selectedArticles = links.selectedArticles();
        EventEdits edits = new EventEdits(session, new org.quotebench.ui.conflicts.ConflictDialog(() -> stage), message::setText,
                this::edited);
        this.table = new EventsTable(edits);
        Button add = new Button("New event…");
        add.setId("new-event");
        add.setOnAction(e -> add());
        Button link = new Button("Link selected articles");
        link.setTooltip(new javafx.scene.control.Tooltip("Link the articles selected in the library to this event"));
        link.setId("link-articles");
        Button unlink = new Button("Unlink");
        unlink.setId("unlink-article");
        Button compare = new Button("Compare outlets…");
        compare.setId("compare-event");
        link.setOnAction(e -> table.selected().ifPresent(this::linkSelected));
        unlink.setOnAction(e -> table.selected().ifPresent(event -> Optional.ofNullable(articles.getSelectionModel().getSelectedItem())
                .ifPresent(article -> change("Unlinked " + title(article) + ".", ws -> ws.events().unlink(event.id(), article.id())))));
        compare.setOnAction(e -> table.selected().ifPresent(links.compare()));
        link.disableProperty().bind(table.view().getSelectionModel().selectedItemProperty().isNull());
        compare.disableProperty().bind(link.disableProperty());
        unlink.disableProperty().bind(articles.getSelectionModel().selectedItemProperty().isNull());
        articles.setId("event-articles");
        articles.setPlaceholder(new Label("No articles linked. Select articles in the library, then Link."));
        articles.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : title(info) + "\n" + info.metadata().outlet().orElse("no outlet") + " · "
                        + info.metadata().publishedOn().orElse("undated") + " · " + Plural.of(info.quoteCount(), "quote"));
            }
        });
        articles.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && articles.getSelectionModel().getSelectedItem() != null) {
                links.openArticle().accept(articles.getSelectionModel().getSelectedItem());
            }
        });
        articles.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && articles.getSelectionModel().getSelectedItem() != null) {
                links.openArticle().accept(articles.getSelectionModel().getSelectedItem());
            }
        });
        table.view().getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> showArticles());
        covering.getStyleClass().add("section-title");
        covering.setWrapText(true);
        BorderPane right = new BorderPane(articles);
        right.setTop(covering);
        for (Button button : List.of(link, unlink, compare)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        right.setBottom(new HBox(8, link, unlink, compare));
        BorderPane.setMargin(covering, new Insets(8));
        BorderPane.setMargin(right.getBottom(), new Insets(8));
        SplitPane body = new SplitPane(table.view(), right);
        body.setDividerPositions(0.62);
        Label hint = new Label("Double-click a cell (or F2) to edit it · dates as YYYY-MM-DD · a quote's events default to its article's");
        hint.getStyleClass().add("diff-legend");
        HBox tools = new HBox(8, add, hint);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tools.setPadding(new Insets(8));
        message.setId("event-message");
        message.setPadding(new Insets(4, 8, 8, 8));
        BorderPane root = new BorderPane(body);
        root.setTop(tools);
        root.setBottom(message);
        Scene scene = new Scene(root, 1150, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Events");
        stage.setScene(scene);
        org.quotebench.ui.EscapeCloses.install(stage);
        session.events().addListener((ListChangeListener<Event>) c -> table.setRows(List.copyOf(session.events())));
        session.articles().addListener((ListChangeListener<ArticleInfo>) c -> showArticles());
    }

    /** Opens the Events view. */
    public static Stage show(Window owner, WorkspaceSession session, Links links) {
        EventsWindow window = new EventsWindow(owner, session, links);
        window.table.setRows(List.copyOf(session.events()));
        org.quotebench.ui.ClearOfLibrary.place(window.stage, owner);
        window.stage.show();
        return window.stage;
    }

    private void showArticles() {
        Optional<Event> event = table.selected();
        if (event.isEmpty()) {
            covering.setText("Select an event to see the articles that cover it.");
            articles.getItems().clear();
            return;
        }
        long id = event.get().id();
        Map<Long, ArticleInfo> known = new java.util.HashMap<>();
        session.articles().forEach(a -> known.put(a.id(), a));
        session.call("Reading the event's articles", ws -> ws.events().articleIds(id), ids -> {
            if (table.selected().map(Event::id).orElse(-1L) != id) {
                return;
            }
            articles.getItems().setAll(ids.stream().map(known::get).filter(java.util.Objects::nonNull).toList());
            covering.setText(event.get().name() + ": " + Plural.of(ids.size(), "article") + " cover it");
        });
    }

    private void add() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle("New event");
        dialog.setHeaderText("A short name for what happened; dates, place and description can be filled in the table.");
        dialog.setContentText("Name:");
        dialog.showAndWait().filter(name -> !name.isBlank())
                .ifPresent(name -> change("Added " + name.strip() + ".", ws -> ws.events().add(EventDraft.named(name))));
    }

    /** After an edit was stored or refused: the table shows the events as stored. */
    private void edited() {
        table.view().refresh();
        showArticles();
    }

    private void linkSelected(Event event) {
        List<Long> ids = selectedArticles.get();
        if (ids.isEmpty()) {
            message.setText("Select the articles that cover " + event.name() + " in the library first (Ctrl+click for several).");
            return;
        }
        change("Linked " + Plural.of(ids.size(), "article") + " to " + event.name() + ".", ws -> ws.change("Linking articles", () -> {
            ids.forEach(id -> ws.events().link(event.id(), id));
            return event;
        }));
    }

    private void change(String done, java.util.function.Function<org.quotebench.store.Workspace, ?> work) {
        session.call("Changing events", work, result -> {
            message.setText(done);
            session.refresh();
            showArticles();
        }, problem -> {
            message.setText(problem.getMessage());
            table.view().refresh();
        });
    }

    private static String title(ArticleInfo info) {
        return info.metadata().title().orElse(info.sourceName());
    }
}
