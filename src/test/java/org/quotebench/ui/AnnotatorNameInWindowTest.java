package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.store.Workspace;
import org.quotebench.ui.actions.ActionId;
import org.quotebench.ui.settings.SettingsFile;

/**
 * Quote > Your annotator name…: quotes marked in the window are recorded under the name given (so two
 * students' quotes stay apart when compared or merged), the status bar says whose they are, and the
 * name is kept for the next start. Blank is none, as before.
 */
class AnnotatorNameInWindowTest extends WindowTest {
    static final String TEXT = "Harbour vote 🚢\n\n“The bridge opens in May,” said Mayor Rene\u0301e Okafor. “Not a day later,” she added.";

    @Test
    void quotesMarkedAfterANameIsGivenCarryIt() throws Exception {
        Path file = dir.resolve("names.qb");
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(Optional.of("Harbour vote"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "UTF-8", "vote.txt"));
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1);
        Label shown = robot.lookup("#annotator-name-shown").queryAs(Label.class);
        assertThat(shown.getText()).as("no name given yet").isEmpty();
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> workbench.panes().focusedPane().model().article().isPresent());
        robot.interact(() -> workbench.annotating().markQuote(new Span(TEXT.indexOf('“'), TEXT.indexOf('”') + 1), () -> { }));
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().size() == 1);

        Platform.runLater(() -> commands().actions().get(ActionId.ANNOTATOR_NAME).fire());
        waitUntil(() -> robot.lookup("#annotator-name").tryQuery().isPresent());
        TextField name = robot.lookup("#annotator-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("  ana  "));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown.getText().equals("Marking as ana"));

        robot.interact(() -> workbench.annotating().markQuote(new Span(TEXT.lastIndexOf('“'), TEXT.lastIndexOf('”') + 1), () -> { }));
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().size() == 2);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.quotes().ofArticle(ws.articles().list().get(0).id())).extracting(Quote::annotator)
                    .containsExactlyInAnyOrder(Optional.empty(), Optional.of("ana"));
        }
        robot.interact(() -> app().stop()); // closing the window keeps the settings
        assertThat(SettingsFile.forUser().load().annotator).as("kept for the next start").isEqualTo("ana");
    }
}
