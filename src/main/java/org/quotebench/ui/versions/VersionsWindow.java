package org.quotebench.ui.versions;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotebench.compare.VersionChanges;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Plural;
import org.quotebench.ui.WorkspaceSession;

/**
 * Article > Versions…: the versions of a page, two of them chosen (older and newer), the words that
 * changed between them in their context, and the older version's quotes in changed passages, missing
 * or altered; double-click a quote to open it, or a change to open the newer version.
 */
public final class VersionsWindow {
    private static final int CONTEXT = 60;

    private final WorkspaceSession session;
    private final BiConsumer<ArticleInfo, Optional<Long>> open;
    private final ComboBox<ArticleInfo> from = new ComboBox<>();
    private final ComboBox<ArticleInfo> to = new ComboBox<>();
    private final ListView<Shown> changes = new ListView<>();
    private final ListView<VersionChanges.QuoteInChange> quotes = new ListView<>();
    private final Label summary = new Label();
    private String newerText = "";
    private String olderText = "";

    /** A change as shown: its words with their context from the newer text. */
    private record Shown(VersionChanges.Change change, String before, String dropped, String added, String after) {
    }

    private VersionsWindow(WorkspaceSession session, BiConsumer<ArticleInfo, Optional<Long>> open) {
        this.session = session;
        this.open = open;
    }

    /**
     * Opens the window on {@code article}'s page.
     *
     * @param open opens an article (with a quote selected, if given) in the main window
     */
    public static void show(Window owner, WorkspaceSession session, ArticleInfo article, BiConsumer<ArticleInfo, Optional<Long>> open) {
        session.call("Listing versions", ws -> ws.articles().versionsOf(article.id()), versions ->
                new VersionsWindow(session, open).build(owner, article, versions));
    }

    private void build(Window owner, ArticleInfo article, List<ArticleInfo> versions) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Versions of " + article.metadata().title().orElse(article.sourceName()));
        javafx.util.StringConverter<ArticleInfo> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(ArticleInfo v) {
                return v == null ? "" : "Version " + v.versions().version() + " · " + v.origin().fetchedAt().orElse(v.importedAt())
                        + " · " + v.metadata().title().orElse(v.sourceName()) + " · " + Plural.of(v.quoteCount(), "quote");
            }

            @Override
            public ArticleInfo fromString(String s) {
                return null;
            }
        };
        from.setConverter(names);
        to.setConverter(names);
        from.getItems().setAll(versions);
        to.getItems().setAll(versions);
        from.setId("versions-from");
        to.setId("versions-to");
        Label fromLabel = new Label("_Older:");
        fromLabel.setMnemonicParsing(true);
        fromLabel.setLabelFor(from);
        Label toLabel = new Label("_Newer:");
        toLabel.setMnemonicParsing(true);
        toLabel.setLabelFor(to);
        fromLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        HBox choose = new HBox(8, fromLabel, from, toLabel, to);
        choose.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        choose.setPadding(new Insets(8));
        summary.setId("versions-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(0, 8, 6, 8));
        changes.setId("versions-changes");
        changes.setCellFactory(view -> new ChangeCell());
        changes.setPlaceholder(new Label(versions.size() < 2 ? "This page has one version: it has not changed since it was fetched."
                : "No words changed between these versions."));
        quotes.setId("versions-quotes");
        quotes.setCellFactory(view -> new QuoteCell());
        quotes.setPlaceholder(new Label("No quote of the older version is in a changed passage."));
        quotes.setOnMouseClicked(e -> {
            VersionChanges.QuoteInChange q = quotes.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && q != null && from.getValue() != null) {
                open.accept(from.getValue(), Optional.of(q.quote().id()));
            }
        });
        changes.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && to.getValue() != null) {
                open.accept(to.getValue(), Optional.empty());
            }
        });
        Label changesTitle = new Label("What changed (dropped words struck through, added words in green)");
        changesTitle.getStyleClass().add("section-title");
        Label quotesTitle = new Label("Quotes of the older version in changed passages (double-click to open)");
        quotesTitle.getStyleClass().add("section-title");
        VBox top = new VBox(4, changesTitle, changes);
        VBox bottom = new VBox(4, quotesTitle, quotes);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        top.setPadding(new Insets(4, 8, 4, 8));
        bottom.setPadding(new Insets(4, 8, 8, 8));
        SplitPane body = new SplitPane(top, bottom);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.62);
        BorderPane root = new BorderPane(body);
        root.setTop(new VBox(choose, summary));
        Scene scene = new Scene(root, 1000, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the diff colours
        }
        stage.setScene(scene);
        org.quotebench.ui.EscapeCloses.install(stage);
        int self = versions.indexOf(versions.stream().filter(v -> v.id() == article.id()).findFirst().orElse(versions.get(0)));
        int newer = versions.size() - 1;
        int older = self < newer ? self : Math.max(0, newer - 1);
        from.getSelectionModel().select(older);
        to.getSelectionModel().select(newer);
        from.valueProperty().addListener((obs, was, is) -> compare());
        to.valueProperty().addListener((obs, was, is) -> compare());
        compare();
        stage.show();
    }

    /** Compares the chosen versions in the background and shows what changed. */
    private void compare() {
        ArticleInfo a = from.getValue();
        ArticleInfo b = to.getValue();
        if (a == null || b == null || a.id() == b.id()) {
            changes.getItems().clear();
            quotes.getItems().clear();
            summary.setText(a == null || b == null ? "" : "Choose two different versions.");
            return;
        }
        ArticleInfo older = a.versions().version() < b.versions().version() ? a : b;
        ArticleInfo newer = older == a ? b : a;
        session.call("Comparing versions", ws -> {
            String before = ws.articles().get(older.id()).text();
            String after = ws.articles().get(newer.id()).text();
            VersionChanges found = VersionChanges.between(before, after);
            List<VersionChanges.QuoteInChange> touched = found.quotes(ws.quotes().ofArticle(older.id()));
            return new Object[] {before, after, found, touched};
        }, result -> {
            olderText = (String) result[0];
            newerText = (String) result[1];
            VersionChanges found = (VersionChanges) result[2];
            @SuppressWarnings("unchecked")
            List<VersionChanges.QuoteInChange> touched = (List<VersionChanges.QuoteInChange>) result[3];
            changes.getItems().setAll(found.changes().stream().map(this::shown).toList());
            quotes.getItems().setAll(touched);
            summary.setText("From version " + older.versions().version() + " to version " + newer.versions().version() + ": "
                    + Plural.of(found.changes().size(), "change") + ", " + Plural.of(touched.size(), "quote") + " in changed passages.");
        });
    }

    private Shown shown(VersionChanges.Change c) {
        int start = c.after().start();
        int end = c.after().end();
        String before = newerText.substring(Math.max(0, start - CONTEXT), start);
        String after = newerText.substring(end, Math.min(newerText.length(), end + CONTEXT));
        return new Shown(c, (start > CONTEXT ? "…" : "") + oneLine(before), olderText.substring(c.before().start(), c.before().end()),
                newerText.substring(start, end), oneLine(after) + (end + CONTEXT < newerText.length() ? "…" : ""));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static Text text(String words, String style) {
        Text text = new Text(words);
        text.getStyleClass().addAll("diff", style);
        return text;
    }

    /** A change in its context: dropped words struck through, added ones marked. */
    private static final class ChangeCell extends ListCell<Shown> {
        @Override
        protected void updateItem(Shown item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            // each part its own Text, the spaces between them too: a Text that ends in a space before a
            // bold one draws the colour change one letter late
            TextFlow flow = new TextFlow(text(item.before().stripTrailing(), "diff-kept"));
            if (!item.dropped().isEmpty()) {
                flow.getChildren().addAll(new Text(" "), text(oneLine(item.dropped()).strip(), "diff-dropped"));
            }
            if (!item.added().isEmpty()) {
                flow.getChildren().addAll(new Text(" "), text(oneLine(item.added()).strip(), "diff-added"));
            }
            String after = item.after().stripLeading();
            boolean glued = !after.isEmpty() && !Character.isLetterOrDigit(after.codePointAt(0)) && !item.after().startsWith(" ");
            flow.getChildren().addAll(new Text(glued ? "" : " "), text(after, "diff-kept"));
            flow.getStyleClass().add("diff-text");
            flow.setPrefWidth(0);
            flow.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(flow);
        }
    }

    /** A quote in a changed passage: missing or altered, and the newer words there. */
    private final class QuoteCell extends ListCell<VersionChanges.QuoteInChange> {
        @Override
        protected void updateItem(VersionChanges.QuoteInChange item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            String state = item.missing() ? "Missing now: " : "Altered: ";
            TextFlow flow = new TextFlow(text(state, "diff-kept"), text(oneLine(item.quote().words()), "diff-dropped"));
            item.now().ifPresent(r -> flow.getChildren().addAll(text("  now  ", "diff-kept"),
                    text(oneLine(newerText.substring(r.start(), r.end())), "diff-added")));
            item.quote().speaker().ifPresent(s -> flow.getChildren().add(text("  — " + s.name(), "diff-kept")));
            flow.getStyleClass().add("diff-text");
            flow.setPrefWidth(0);
            flow.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(flow);
        }
    }
}
