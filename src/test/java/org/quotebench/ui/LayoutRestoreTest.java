package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.store.Workspace;
import org.quotebench.ui.settings.Settings;
import org.quotebench.ui.settings.SettingsFile;
import org.quotebench.ui.welcome.SampleArticles;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window keeps its layout; the next start brings the workspace and its open articles back. */
class LayoutRestoreTest extends WindowTest {


    @Test
    void theLastWorkspaceAndItsPanesComeBack() throws Exception {
        Path file = dir.resolve("layout.qb");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.articles().importAll(SampleArticles.read());
        }
        SettingsFile settingsFile = SettingsFile.forUser();
        Settings saved = new Settings();
        saved.openWorkspace = file.toAbsolutePath().toString();
        saved.openArticles = List.of(2L, 1L);
        saved.focusedPane = 1;
        saved.dark = true;
        saved.colourByVerdict = true; // issue 20.6: every pane comes back coloured by verdict, not only the first
        assertThat(settingsFile.save(saved)).isTrue();

        FxToolkit.registerPrimaryStage();
        QuotebenchWindow window = (QuotebenchWindow) FxToolkit.setupApplication(QuotebenchWindow.class); // no workspace named
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> areas().size() == 2
                && areas().stream().allMatch(a -> a.getLength() > 0));
        ListView<ArticleInfo> library = robot.lookup("#library-list").queryListView();
        assertThat(library.getItems()).hasSize(3);
        Stage stage = (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
        Workbench workbench = workbench(stage);
        assertThat(workbench.panes().panes()).hasSize(2).allMatch(org.quotebench.ui.article.ArticlePane::colourByVerdict);
        assertThat(javafx.application.Application.getUserAgentStylesheet())
                .isEqualTo(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()); // the dark base, set before any control

        robot.interact(() -> {
            try {
                window.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Settings after = settingsFile.load();
        assertThat(after.openWorkspace).isEqualTo(file.toAbsolutePath().toString());
        assertThat(after.openArticles).containsExactly(2L, 1L);
        assertThat(after.colourByVerdict).isTrue();
        assertThat(after.recentWorkspaces).first().isEqualTo(file.toAbsolutePath().toString());
        assertThat(Optional.ofNullable(after.openWorkspace)).isPresent();
    }

}
