package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Article;
import org.quotebench.core.Quote;
import org.quotebench.export.AnnotationImport;
import org.quotebench.export.BratImportTest;
import org.quotebench.store.Workspace;
import org.quotebench.ui.agreement.AgreementWindow;

/** The agreement view: two annotators side by side, their figures and their disagreements, one selected in both panes. */
class AgreementWindowTest extends WindowTest {
    @Test
    void disagreementsAreListedAndShownInBothPanes() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("demir.txt"), BratImportTest.TEXT);
        Files.writeString(corpus.resolve("demir_aaaa.ann"), BratImportTest.ANN);
        Files.writeString(corpus.resolve("demir_bbbb.ann"), BratImportTest.ANN.replace("T3\tContent 57 79\tthat crews were tired.",
                "T3\tContent 62 79\tcrews were tired."));
        Path file = dir.resolve("agree.qb");
        Article article;
        List<Quote> quotes;
        try (Workspace workspace = Workspace.open(file)) {
            new AnnotationImport(workspace).run("brat", corpus, java.util.Optional.empty(), java.util.Optional.empty(), f -> { });
            article = workspace.articles().get(1);
            quotes = workspace.quotes().ofArticle(1);
        }
        Stage main = start("--workspace=" + file);
        Stage[] shown = new Stage[1];
        robot.interact(() -> shown[0] = AgreementWindow.show(main, article, quotes, "aaaa", "bbbb"));
        Label summary = robot.from(shown[0].getScene().getRoot()).lookup("#agreement-summary").queryAs(Label.class);
        assertThat(summary.getText()).contains("aaaa: 2 quotes", "bbbb: 2 quotes", "span F1 exact 0.50", "1 disagreements");
        ListView<?> rows = robot.from(shown[0].getScene().getRoot()).lookup("#disagreements").queryListView();
        assertThat(rows.getItems()).hasSize(1);
        robot.interact(() -> rows.getSelectionModel().select(0));
        List<org.quotebench.ui.article.ArticlePane> panes = List.copyOf(robot.from(shown[0].getScene().getRoot())
                .lookup(".article-pane").queryAllAs(org.quotebench.ui.article.ArticlePane.class));
        assertThat(panes).hasSize(2);
        waitUntil(() -> panes.get(0).model().selected().map(q -> q.exact().equals("that crews were tired.")).orElse(false)
                && panes.get(1).model().selected().map(q -> q.exact().equals("crews were tired.")).orElse(false));
        robot.interact(shown[0]::close);
    }
}
