package org.quotebench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.quotebench.ui.actions.ActionKeys;

/** The Quotebench main window: shown at once, with the workspace opened in the background. */
public final class QuotebenchWindow extends Application {
    public static final String TITLE = "Quotebench";

    private WorkspaceSession session;

    @Override
    public void start(Stage stage) {
        String workspace = getParameters().getNamed().getOrDefault("workspace", "");
        Notices notices = new Notices(() -> stage);
        Background background = new Background(notices::problem);
        session = new WorkspaceSession(background);
        Theme theme = new Theme();
        Commands commands = new Commands(session, notices, theme);
        Workbench workbench = new Workbench(session, commands);
        workbench.addHint(notices.hintLabel());
        Scene scene = new Scene(workbench, 1400, 900);
        theme.apply(scene);
        ActionKeys.install(scene, commands.actions());
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<Path> files = event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
            commands.importPaths(files);
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        if (!workspace.isEmpty()) {
            commands.open(Path.of(workspace));
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
