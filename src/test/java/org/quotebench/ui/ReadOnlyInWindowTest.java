package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Span;
import org.quotebench.store.ReadOnlyFolder;
import org.quotebench.store.ReadOnlyFolders;
import org.quotebench.store.Workspace;

/** A workspace in a read-only folder: the window says so, reads it, and refuses a change in one message without writing. */
class ReadOnlyInWindowTest extends WindowTest {
    private Path folder;

    @RegisterExtension
    final ReadOnlyFolder shared = new ReadOnlyFolder();

    @Test
    void theWindowSaysReadOnlyAndRefusesChanges() throws Exception {
        folder = shared.create(dir);
        Path file = folder.resolve("news.qb");
        String text = "Bridge vote\n\n“The bridge opens in May,” said Mayor Renée Okafor.";
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(new ArticleDraft(text, new ArticleMetadata(Optional.of("Bridge vote"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "UTF-8", "vote.txt"));
        }
        byte[] before = Files.readAllBytes(file);
        assumeTrue(ReadOnlyFolders.make(folder), "cannot make a read-only folder here");
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1);
        assertThat(robot.lookup("#workspace-file").queryAs(Label.class).getText()).endsWith("(read-only)");
        assertThat(robot.lookup("#hint").queryAs(Label.class).getText()).contains("is read-only").contains("open for reading");

        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> workbench.panes().focusedPane().model().article().isPresent());
        robot.interact(() -> workbench.annotating().markQuote(new Span(text.indexOf('“'), text.indexOf('”') + 1), () -> { }));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("is read-only").contains("nothing was changed");
        assertThat(workbench.panes().focusedPane().model().quotes()).isEmpty();
        assertThat(java.util.Arrays.equals(Files.readAllBytes(file), before)).isTrue();
        assertThat(Files.exists(folder.resolve("news.qb.backups"))).as("no automatic backup is attempted").isFalse();
    }
}
