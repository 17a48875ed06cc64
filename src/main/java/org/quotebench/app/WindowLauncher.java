package org.quotebench.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.quotebench.store.WorkspaceLocation;
import org.quotebench.ui.QuotebenchWindow;

/** Starts JavaFX; kept apart from Main so that the command line never loads a JavaFX class. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(Optional<Path> workspace) {
        Path file = workspace.orElseGet(WorkspaceLocation::defaultWorkspace);
        Application.launch(QuotebenchWindow.class, "--workspace=" + file.toAbsolutePath());
    }
}
