package org.quotebench.ui.library;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.ui.WorkspaceSession;

/** The library: every article of the workspace, with a filter box; opens articles in panes. */
public final class LibraryView extends VBox {
    private final TextField filter = new TextField();
    private final ListView<ArticleInfo> list = new ListView<>();
    private final javafx.collections.ObservableList<ArticleInfo> shown = javafx.collections.FXCollections.observableArrayList();
    private final LibraryFilters filters;
    private final WorkspaceSession session;
    private final javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private long asked;
    private static final javafx.scene.input.KeyCombination PASTE = javafx.scene.input.KeyCombination.keyCombination("Shortcut+V");
    /** What takes text pasted on the library (web addresses are imported); true when it took it. */
    private java.util.function.Predicate<String> pasted = text -> false;

    /**
     * @param open called with an article and whether it should get a pane of its own (Ctrl+Enter,
     *             middle click) rather than replace the focused pane's article
     */
    public LibraryView(WorkspaceSession session, BiConsumer<ArticleInfo, Boolean> open) {
        getStyleClass().add("library");
        Label heading = new Label("Library");
        heading.getStyleClass().add("section-title");
        this.session = session;
        filter.setPromptText("Search the library (full text)…");
        filter.setId("library-filter");
        filters = new LibraryFilters(session, this::query);
        typing.setOnFinished(e -> query());
        filter.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        session.articles().addListener((javafx.collections.ListChangeListener<ArticleInfo>) change -> {
            if (LibraryChanges.onlyReplaced(change)) {
                updateShown(change.getList());
            } else {
                query();
            }
        });
        list.setItems(shown);
        list.setId("library-list");
        list.setPlaceholder(new Label("No articles yet.\nImport some with Ctrl+O."));
        list.setCellFactory(view -> new ArticleCell());
        list.setOnKeyPressed(event -> {
            if (PASTE.match(event) && pasted.test(javafx.scene.input.Clipboard.getSystemClipboard().getString())) {
                event.consume();
                return;
            }
            ArticleInfo article = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && article != null) {
                open.accept(article, event.isShortcutDown());
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            ArticleInfo article = list.getSelectionModel().getSelectedItem();
            if (article == null) {
                return;
            }
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                open.accept(article, false);
            } else if (event.getButton() == MouseButton.MIDDLE) {
                open.accept(article, true);
            }
        });
        MenuItem here = new MenuItem("Open");
        here.setOnAction(e -> selected(open, false));
        MenuItem newPane = new MenuItem("Open in a new pane");
        newPane.setOnAction(e -> selected(open, true));
        list.setContextMenu(new ContextMenu(here, newPane));
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(heading, filter, filters, list);
    }

    /** What Ctrl+V on the library does with the clipboard's text: true when it took it (web addresses). */
    public void onPaste(java.util.function.Predicate<String> taker) {
        this.pasted = taker;
    }

    /** Adds a group of actions that work on the selected articles to the list's context menu, after a separator. */
    public void addMenuActions(org.quotebench.ui.actions.Action... actions) {
        list.getContextMenu().getItems().add(new javafx.scene.control.SeparatorMenuItem());
        for (org.quotebench.ui.actions.Action action : actions) {
            MenuItem item = new MenuItem(action.name());
            item.setOnAction(e -> action.fire());
            list.getContextMenu().getItems().add(item);
        }
    }

    public ListView<ArticleInfo> list() {
        return list;
    }

    public TextField filter() {
        return filter;
    }

    private void selected(BiConsumer<ArticleInfo, Boolean> open, boolean newPane) {
        ArticleInfo article = list.getSelectionModel().getSelectedItem();
        if (article != null) {
            open.accept(article, newPane);
        }
    }

    /** Puts fresh entries (a new quote count) in place without searching again. */
    private void updateShown(java.util.List<? extends ArticleInfo> fresh) {
        java.util.Map<Long, ArticleInfo> byId = new java.util.HashMap<>();
        fresh.forEach(a -> byId.put(a.id(), a));
        for (int i = 0; i < shown.size(); i++) {
            ArticleInfo now = byId.get(shown.get(i).id());
            if (now != null && !now.equals(shown.get(i))) {
                shown.set(i, now);
            }
        }
    }

    /** Asks the workspace for the articles matching the search box and filters; the latest answer wins. */
    private void query() {
        if (!session.isOpen()) {
            shown.clear();
            return;
        }
        long mine = ++asked;
        org.quotebench.store.LibraryFilter wanted = filters.filter().withText(filter.getText());
        session.call("Searching the library", ws -> ws.articles().find(wanted), found -> {
            if (mine == asked) {
                shown.setAll(found);
            }
        });
    }

    /** Title on top; outlet, date and quote count below. */
    private static final class ArticleCell extends ListCell<ArticleInfo> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final Label changed = new Label();
        /** One tooltip per cell, its text set as the cell is reused (made once, not on every update). */
        private final javafx.scene.control.Tooltip versionTip = new javafx.scene.control.Tooltip();
        private final javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(6, details, changed);
        private final VBox box = new VBox(2, title, line);

        ArticleCell() {
            title.getStyleClass().add("library-title");
            details.getStyleClass().add("library-details");
            changed.getStyleClass().add("library-changed");
            changed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            changed.setTooltip(versionTip); // the label shows only when there is a version to speak of
            setPrefWidth(0); // fit the list's width: long titles are cut with an ellipsis, not scrolled
        }

        @Override
        protected void updateItem(ArticleInfo article, boolean empty) {
            super.updateItem(article, empty);
            if (empty || article == null) {
                setGraphic(null);
                return;
            }
            ArticleMetadata meta = article.metadata();
            title.setText(meta.title().orElse(article.sourceName()));
            details.setText(meta.outlet().orElse("Unknown outlet") + " · " + meta.publishedOn().orElse("undated") + " · "
                    + article.quoteCount() + (article.quoteCount() == 1 ? " quote" : " quotes"));
            // a page fetched again with another text: this version is older than the latest, or is a later one
            org.quotebench.core.Versions versions = article.versions();
            changed.setText(versions.changedSince() ? "changed" : versions.version() > 1 ? "v" + versions.version() : "");
            versionTip.setText("Version " + versions.version() + " of " + versions.latest() + " of this page"
                    + (versions.changedSince() ? ": the page changed since. Article > Versions… shows what changed." : "."));
            changed.setVisible(!changed.getText().isEmpty());
            changed.setManaged(changed.isVisible());
            setGraphic(box);
        }
    }
}
