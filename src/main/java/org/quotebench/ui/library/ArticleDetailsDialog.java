package org.quotebench.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.quotebench.core.ArticleFields;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuotebenchException;

/**
 * Asks for an article's details: title, outlet, author, date, address and language (or, for several
 * articles, their one outlet). OK is refused, with the reason under the fields, until they keep
 * {@link ArticleFields}' rules; an empty field clears it.
 */
public final class ArticleDetailsDialog {
    private final Dialog<List<ArticleMetadata>> dialog = new Dialog<>();
    private final TextField title = field("article-title-field", "The headline");
    private final ComboBox<String> outlet = new ComboBox<>();
    private final TextField author = field("article-author-field", "Who wrote it");
    private final TextField date = field("article-date-field", "YYYY-MM-DD");
    private final TextField url = field("article-url-field", "https://…");
    private final TextField language = field("article-language-field", "en, de, fr…");
    private final Label problem = new Label();

    private ArticleDetailsDialog(Window owner, List<ArticleInfo> articles, List<String> outlets) {
        dialog.initOwner(owner);
        boolean one = articles.size() == 1;
        dialog.setTitle(one ? "Article details" : "Outlet of " + articles.size() + " articles");
        dialog.setHeaderText(one ? "Details of “" + articles.get(0).metadata().title().orElse(articles.get(0).sourceName()) + "”"
                : "Give the " + articles.size() + " selected articles one outlet");
        outlet.setEditable(true);
        outlet.getItems().setAll(outlets);
        outlet.setId("article-outlet-field");
        outlet.setPromptText("e.g. Reuters");
        outlet.setMaxWidth(Double.MAX_VALUE);
        outlet.setPrefWidth(360);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        if (one) {
            ArticleMetadata meta = articles.get(0).metadata();
            title.setText(meta.title().orElse(""));
            author.setText(meta.author().orElse(""));
            date.setText(meta.publishedOn().orElse(""));
            url.setText(meta.url().orElse(""));
            language.setText(meta.language().orElse(""));
            grid.addRow(row++, label("_Title", title), title);
        }
        String common = articles.stream().map(a -> a.metadata().outlet().orElse("")).distinct().count() == 1
                ? articles.get(0).metadata().outlet().orElse("") : "";
        outlet.getEditor().setText(common);
        grid.addRow(row++, label("_Outlet", outlet), outlet);
        if (one) {
            grid.addRow(row++, label("_Author", author), author);
            grid.addRow(row++, label("_Date", date), date);
            grid.addRow(row++, label("_Web address", url), url);
            grid.addRow(row, label("_Language", language), language);
        }
        title.setPrefColumnCount(40);
        problem.getStyleClass().add("dialog-problem");
        problem.setWrapText(true);
        problem.setId("article-details-problem");
        problem.setMaxWidth(520);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(10, grid, problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                details(articles).forEach(ArticleFields::checked);
            } catch (QuotebenchException e) {
                problem.setText(e.getMessage());
                dialog.getDialogPane().getScene().getWindow().sizeToScene(); // room for the reason, buttons in view
                event.consume(); // the dialog stays open with the reason under the fields
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? details(articles) : null);
        // asked once the dialog's window has the focus, else the request is lost
        dialog.setOnShown(e -> org.quotebench.ui.jobs.Jobs.onFx((one ? title : outlet.getEditor())::requestFocus));
    }

    /**
     * Shows the dialog for one article (every field) or several (the outlet); the new details of each
     * article, in order, or empty when cancelled.
     */
    public static Optional<List<ArticleMetadata>> ask(Window owner, List<ArticleInfo> articles, List<String> outlets) {
        return new ArticleDetailsDialog(owner, articles, outlets).dialog.showAndWait();
    }

    private List<ArticleMetadata> details(List<ArticleInfo> articles) {
        Optional<String> newOutlet = text(outlet.getEditor());
        if (articles.size() > 1) {
            return articles.stream().map(a -> {
                ArticleMetadata m = a.metadata();
                return new ArticleMetadata(m.title(), newOutlet, m.author(), m.url(), m.publishedOn(), m.language());
            }).toList();
        }
        return List.of(new ArticleMetadata(text(title), newOutlet, text(author), text(url), text(date), text(language)));
    }

    private static Optional<String> text(TextField field) {
        return Optional.ofNullable(field.getText()).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
