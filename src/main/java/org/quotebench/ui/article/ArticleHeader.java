package org.quotebench.ui.article;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;

/**
 * The head of an article pane: the title, then outlet, author, date and address, as last stored, and
 * a button to edit them ("Edit details…"). Follows {@link PaneModel#detailsProperty()}.
 */
final class ArticleHeader extends HBox {
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label version = new Label();
    private final Button edit = new Button();

    ArticleHeader(PaneModel model) {
        getStyleClass().add("article-header");
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        details.getStyleClass().add("article-details");
        details.setWrapText(true);
        edit.setGraphic(new FontIcon("fth-edit-2"));
        edit.getStyleClass().addAll("flat", "article-edit");
        edit.setId("article-edit-details");
        edit.setAccessibleText("Edit the article's details");
        edit.setTooltip(new Tooltip("Edit title, outlet, author, date and address (F2)"));
        edit.setFocusTraversable(false);
        version.getStyleClass().add("library-changed");
        version.setId("article-version");
        VBox words = new VBox(2, title, details, version);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(words, edit);
        model.detailsProperty().addListener((obs, old, info) -> show(info));
        show(model.detailsProperty().get());
    }

    /** What the edit button does (nothing until set). */
    void onEdit(Runnable action) {
        edit.setOnAction(e -> action.run());
    }

    private void show(ArticleInfo info) {
        edit.setVisible(info != null);
        if (info == null) {
            title.setText("");
            details.setText("");
            return;
        }
        ArticleMetadata meta = info.metadata();
        title.setText(meta.title().orElse(info.sourceName()));
        String line = String.join("  ·  ", List.of(meta.outlet().orElse("Unknown outlet"), meta.author().orElse("Unknown author"),
                meta.publishedOn().orElse("undated")));
        details.setText(meta.url().map(url -> line + "\n" + url).orElse(line));
        org.quotebench.core.Versions versions = info.versions();
        version.setText(versions.changedSince() ? "Version " + versions.version() + " of " + versions.latest()
                + ": the page has changed since (Article > Versions… shows how)"
                : versions.version() > 1 ? "Version " + versions.version() + " of the page (the latest)" : "");
        version.setVisible(!version.getText().isEmpty());
        version.setManaged(version.isVisible());
    }
}
