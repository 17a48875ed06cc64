package org.quotebench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.ui.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window headless (Monocle) for a test, and cleans up after it. */
abstract class WindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        Files.deleteIfExists(SettingsFile.forUser().path()); // every window test starts from default settings
    }

    /** Starts the window with these arguments (e.g. "--workspace=FILE") and returns it once it shows. */
    Stage start(String... arguments) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(QuotebenchWindow.class, arguments);
        return (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    static Workbench workbench(Stage stage) {
        return (Workbench) stage.getScene().getRoot();
    }

    List<StyleClassedTextArea> areas() {
        return List.copyOf(robot.lookup(".article-text").queryAllAs(StyleClassedTextArea.class));
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
