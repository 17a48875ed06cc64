package org.quotebench.ui;

import org.quotebench.ui.jobs.Jobs;
import org.quotebench.ui.jobs.Background;
import org.quotebench.ui.startup.FirstArticleWarmUp;
import org.quotebench.ui.startup.FirstWorkspaceFrame;
import org.quotebench.ui.startup.StartupProbe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.quotebench.store.WorkspaceLocation;
import org.quotebench.ui.actions.ActionKeys;
import org.quotebench.ui.settings.Settings;
import org.quotebench.ui.settings.SettingsFile;

/** The Quotebench main window: shown at once, with the workspace opened in the background. */
public final class QuotebenchWindow extends Application {
    public static final String TITLE = "Quotebench";

    /**
     * The settings, read on another thread while JavaFX starts its toolkit (reading them is mostly
     * Jackson getting ready: a tenth of a second the window need not wait for).
     */
    private static volatile java.util.concurrent.CompletableFuture<Settings> earlySettings;

    private WorkspaceSession session;
    private Layout layout;
    private Workbench workbench;
    private Commands commands;
    private FirstArticleWarmUp warmUp;

    /** Starts reading the settings; called before {@link Application#launch}, which starts the toolkit meanwhile. */
    public static void prepare() {
        earlySettings = Jobs.computeOnOwnThread("quotebench-settings", () -> SettingsFile.forUser().load());
    }

    /** Readies the window for the first article (tests and benchmarks wait for it). */
    public FirstArticleWarmUp warmUp() {
        return warmUp;
    }

    /** The window's actions (tests). */
    Commands commands() {
        return commands;
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.phase("toolkit started");
        SettingsFile settingsFile = SettingsFile.forUser();
        Settings settings = earlySettings != null ? earlySettings.join() : settingsFile.load();
        earlySettings = null;
        // Before any control exists: the first control otherwise loads JavaFX's own stylesheet, only to replace it.
        Theme.setBase(settings.dark);
        Notices notices = new Notices(() -> stage);
        Background background = new Background(notices::problem);
        session = new WorkspaceSession(background);
        Theme theme = new Theme(settings.dark);
        workbench = new Workbench(new WorkbenchModel(session));
        commands = new Commands(workbench, notices, theme, settings);
        workbench.install(commands.menuBar(), commands.toolBar(), commands.actions(), commands.welcomePanel());
        warmUp = new FirstArticleWarmUp(workbench);
        workbench.addHint(notices.hintLabel());
        StartupProbe.phase("window built");
        layout = new Layout(stage, workbench, theme, settings, settingsFile);
        Scene scene = new Scene(workbench, settings.width, settings.height);
        theme.apply(scene);
        ActionKeys.install(scene, commands.actions().all());
        acceptDroppedFiles(scene, commands);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        placeOnScreen(stage, settings);
        keepSizeOnceShown(stage, settings);
        StartupProbe.watch(scene, session, warmUp);
        prepareWhenIdle(scene);
        commands.open(firstWorkspace(settings)); // in the background, while the window shows
        stage.show();
        StartupProbe.phase("shown");
        Jobs.onFx(() -> setIcons(stage)); // after the first frame: decoding them does not hold it up
    }

    /**
     * Once the workspace is open and its frame laid out (the window is usable), builds what the first
     * article needs, hidden, in the next turn of the FX thread.
     */
    private void prepareWhenIdle(Scene scene) {
        FirstWorkspaceFrame.then(scene, session, () -> { }, () -> Jobs.onFx(warmUp::prepare));
    }

    private static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    QuotebenchWindow.class.getResource("icons/quotebench-" + size + ".png").toExternalForm(), true));
        }
    }

    /**
     * The workspace named on the command line (a file or a shared library's address), else the last one
     * used (a file still there, or a shared library), else the default.
     */
    private String firstWorkspace(Settings settings) {
        String named = getParameters().getNamed().get("workspace");
        if (named != null && !named.isBlank()) {
            return named;
        }
        String last = settings.openWorkspace;
        if (last != null && (org.quotebench.store.WorkspaceAddress.isServer(last) || Files.isRegularFile(Path.of(last)))) {
            return last;
        }
        return WorkspaceLocation.defaultWorkspace().toString();
    }

    /**
     * Some window managers (openbox) map the window at their own default size (200 x 200), ignoring the
     * size asked before it was shown, and sometimes only after it shows: during its first two seconds on
     * screen (before anyone could resize it) a window smaller than asked is given its size again.
     */
    private static void keepSizeOnceShown(Stage stage, Settings settings) {
        Runnable restore = () -> {
            if (!stage.isMaximized() && (stage.getWidth() < settings.width - 1 || stage.getHeight() < settings.height - 1)) {
                stage.setWidth(settings.width);
                stage.setHeight(settings.height);
            }
        };
        javafx.beans.InvalidationListener shrunk = obs -> Jobs.onFx(restore);
        stage.setOnShown(e -> {
            Jobs.onFx(restore);
            stage.widthProperty().addListener(shrunk);
            stage.heightProperty().addListener(shrunk);
            javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            settled.setOnFinished(done -> {
                stage.widthProperty().removeListener(shrunk);
                stage.heightProperty().removeListener(shrunk);
            });
            settled.play();
        });
    }

    private static void placeOnScreen(Stage stage, Settings settings) {
        boolean visible = !Double.isNaN(settings.x) && !Screen.getScreensForRectangle(settings.x, settings.y, 100, 100).isEmpty();
        if (visible) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        }
        stage.setMaximized(settings.maximized);
    }

    private static void acceptDroppedFiles(Scene scene, Commands commands) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() || event.getDragboard().hasUrl() || event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            javafx.scene.input.Dragboard board = event.getDragboard();
            if (board.hasFiles()) {
                List<Path> files = board.getFiles().stream().map(java.io.File::toPath).toList();
                commands.importPaths(files);
                event.setDropCompleted(!files.isEmpty());
            } else {
                // a link dragged from a browser: its address (or the text dropped, when that is addresses)
                String text = board.hasUrl() ? board.getUrl() : board.getString();
                event.setDropCompleted(commands.web().offer(text));
            }
            event.consume();
        });
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.inspector().flush();
        }
        if (layout != null) {
            layout.save();
        }
        if (session != null) {
            session.close();
        }
    }
}
