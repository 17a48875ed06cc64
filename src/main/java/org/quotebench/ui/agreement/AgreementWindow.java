package org.quotebench.ui.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotebench.compare.Agreement;
import org.quotebench.compare.Annotation;
import org.quotebench.core.Article;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Speaker;
import org.quotebench.ui.article.ArticlePane;

/**
 * Two annotators' quotes of one article side by side, with the figures of their agreement and the
 * list of their disagreements: selecting one shows it in both panes.
 */
public final class AgreementWindow {
    private AgreementWindow() {
    }

    /** One listed disagreement: its kind and the quotes (absent on the side that has none). */
    record Row(Agreement.DifferenceKind kind, Optional<Quote> a, Optional<Quote> b) {
    }

    public static Stage show(Window owner, Article article, List<Quote> quotes, String annotatorA, String annotatorB) {
        List<Quote> byA = by(quotes, annotatorA);
        List<Quote> byB = by(quotes, annotatorB);
        Agreement.Pair pair = new Agreement.Pair(Annotation.of(byA, article.text()), Annotation.of(byB, article.text()));
        Agreement.Figures figures = Agreement.of(pair);

        ArticlePane left = new ArticlePane();
        ArticlePane right = new ArticlePane();
        left.model().show(article, byA);
        right.model().show(article, byB);
        SplitPane panes = new SplitPane(titled(annotatorA, byA.size(), left), titled(annotatorB, byB.size(), right));

        ListView<Row> rows = new ListView<>();
        rows.setId("disagreements");
        for (Agreement.Difference d : Agreement.differences(pair)) {
            rows.getItems().add(new Row(d.kind(), d.a() >= 0 ? Optional.of(byA.get(d.a())) : Optional.empty(),
                    d.b() >= 0 ? Optional.of(byB.get(d.b())) : Optional.empty()));
        }
        rows.setPlaceholder(new Label("No disagreements: they marked the same quotes the same way."));
        rows.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : describe(row, annotatorA, annotatorB));
            }
        });
        rows.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                row.a().ifPresent(q -> reveal(left, q));
                row.b().ifPresent(q -> reveal(right, q));
            }
        });
        SplitPane body = new SplitPane(panes, rows);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);

        Label summary = new Label(String.format(Locale.ROOT, "%s: %d quotes · %s: %d quotes · span F1 exact %s, overlapping %s · "
                + "same speaker %s · kappa on kind %s · %d disagreements", annotatorA, figures.a(), annotatorB, figures.b(),
                f(figures.spanF1Exact()), f(figures.spanF1Overlap()), f(figures.speakerAgreement()), f(figures.kappaKind()),
                rows.getItems().size()));
        summary.setId("agreement-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(8));
        BorderPane root = new BorderPane(body);
        root.setTop(summary);
        Stage stage = new Stage();
        org.quotebench.ui.EscapeCloses.install(stage);
        if (owner != null) {
            stage.initOwner(owner);
            Scene ownerScene = owner.getScene();
            Scene scene = new Scene(root, 1200, 800);
            if (ownerScene != null) {
                scene.getStylesheets().setAll(ownerScene.getStylesheets());
            }
            stage.setScene(scene);
        } else {
            stage.setScene(new Scene(root, 1200, 800));
        }
        stage.setTitle("Agreement: " + annotatorA + " and " + annotatorB + " on " + article.info().metadata().title()
                .orElse(article.info().sourceName()));
        stage.show();
        return stage;
    }

    private static void reveal(ArticlePane pane, Quote quote) {
        pane.model().selectedProperty().set(quote);
        pane.reveal(quote);
    }

    private static VBox titled(String annotator, int quotes, ArticlePane pane) {
        Label title = new Label(annotator + " (" + org.quotebench.core.Plural.of(quotes, "quote") + ")");
        title.getStyleClass().add("section-title");
        title.setPadding(new Insets(4, 8, 0, 8));
        VBox box = new VBox(title, pane);
        VBox.setVgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    static String describe(Row row, String a, String b) {
        String quoteA = row.a().map(q -> quoted(q.words())).orElse("");
        String quoteB = row.b().map(q -> quoted(q.words())).orElse("");
        return switch (row.kind()) {
            case ONLY_A -> "Only " + a + ": " + quoteA;
            case ONLY_B -> "Only " + b + ": " + quoteB;
            case SPAN -> "Different span: " + quoteA + " / " + quoteB;
            case SPEAKER -> "Different speaker: " + speaker(row.a()) + " / " + speaker(row.b()) + " for " + quoteA;
            case KIND -> "Different kind: " + row.a().map(q -> q.kind().code()).orElse("") + " / "
                    + row.b().map(q -> q.kind().code()).orElse("") + " for " + quoteA;
            case VERDICT -> "Different verdict: " + row.a().map(q -> q.verdict().code()).orElse("") + " / "
                    + row.b().map(q -> q.verdict().code()).orElse("") + " for " + quoteA;
        };
    }

    /** The words in quotation marks, unless they bring their own. */
    private static String quoted(String words) {
        String shown = shorten(words);
        return "“\"«„‘'".indexOf(shown.charAt(0)) >= 0 ? shown : "“" + shown + "”";
    }

    private static String speaker(Optional<Quote> quote) {
        return quote.flatMap(Quote::speaker).map(Speaker::name).orElse("none");
    }

    private static List<Quote> by(List<Quote> quotes, String annotator) {
        return quotes.stream().filter(q -> q.status() != QuoteStatus.REJECTED)
                .filter(q -> q.annotator().map(annotator::equalsIgnoreCase).orElse(false)).toList();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        if (one.length() <= 70) {
            return one;
        }
        // cut right after the " … " between a quote's pieces, drop that gap rather than show "… …"
        String cut = one.substring(0, 69).stripTrailing();
        return (cut.endsWith("…") ? cut.substring(0, cut.length() - 1).stripTrailing() : cut) + "…";
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
