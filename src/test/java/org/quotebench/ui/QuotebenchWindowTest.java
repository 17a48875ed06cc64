package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Opens the real window headless (Monocle) and looks at what it shows. */
class QuotebenchWindowTest {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowIsTitledQuotebenchAndNamesItsWorkspace() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path workspace = dir.resolve("news.qb");
        FxToolkit.setupApplication(QuotebenchWindow.class, "--workspace=" + workspace);
        FxRobot robot = new FxRobot();
        Stage stage = (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).isEqualTo("Quotebench");
        assertThat(robot.lookup("#workspace-file").queryAs(Label.class).getText()).contains("news.qb");
    }
}
