package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.store.Backups;
import org.quotebench.store.Workspace;

/** The window backs up a workspace it opens, restores a chosen backup, and offers the newest good one for a damaged file. */
class RestoreInWindowTest extends WindowTest {
    private static ArticleDraft article(String title) {
        String text = title + "\n\n" + "The crews stayed ashore, the union said. ".repeat(100);
        return new ArticleDraft(text, new ArticleMetadata(Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), "UTF-8", title + ".txt");
    }

    @Test
    void openingBacksUpAndFileRestoreFromBackupGoesBack() throws Exception {
        Path file = dir.resolve("news.qb");
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(article("Ferry strike"));
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1 && Backups.list(file).size() == 1);
        robot.interact(() -> workbench.session().call("Importing", ws -> ws.articles().importArticle(article("Quay reopens")),
                done -> workbench.session().refresh()));
        waitUntil(() -> workbench.session().articles().size() == 2);

        Platform.runLater(() -> commands().actions().get(org.quotebench.ui.actions.ActionId.RESTORE_BACKUP).run().run());
        press("#restore-dialog", ButtonType.OK);
        press("#confirm-restore", ButtonType.OK);
        waitUntil(() -> workbench.session().articles().size() == 1);
        assertThat(workbench.session().fileProperty().get()).isEqualTo(file.toAbsolutePath());
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("news.before-restore-"));
        }
    }

    @Test
    void aDamagedWorkspaceIsOfferedItsNewestBackup() throws Exception {
        Path file = dir.resolve("damaged.qb");
        try (Workspace ws = Workspace.open(file)) {
            for (int i = 0; i < 30; i++) {
                ws.articles().importArticle(article("Day " + i));
            }
        }
        Backups.take(file);
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page < raf.length() / 4096; page += 2) {
                raf.seek(page * 4096);
                raf.write(new byte[] {13, 0, 0, 0, 1, 0, 0, 0});
            }
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> robot.lookup("#offer-backup").tryQuery().isPresent());
        assertThat(robot.lookup("#offer-backup").queryAs(DialogPane.class).getContentText()).contains("is damaged");
        press("#offer-backup", ButtonType.OK);
        waitUntil(() -> workbench.session().articles().size() == 30);
    }

    private void press(String dialog, ButtonType button) throws Exception {
        waitUntil(() -> robot.lookup(dialog).tryQuery().isPresent());
        DialogPane pane = robot.lookup(dialog).queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(button)).fire());
    }
}
