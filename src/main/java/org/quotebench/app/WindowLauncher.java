package org.quotebench.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.quotebench.ui.QuotebenchWindow;

/** Starts JavaFX; kept apart from Main so that the command line never loads a JavaFX class. */
final class WindowLauncher {
    /**
     * JavaFX warns that it runs from the class path ("unsupported configuration"); it works, and the
     * warning only alarms users. Kept in a field because java.util.logging holds loggers weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private WindowLauncher() {
    }

    /** Runs the window until it closes; returns a message when it cannot open at all. */
    static Optional<String> launch(Optional<String> workspace) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        // Without a workspace named, the window reopens the last one (or the default workspace).
        String[] arguments = workspace.map(location -> new String[] {"--workspace=" + location}).orElse(new String[0]);
        try {
            QuotebenchWindow.prepare();
            Application.launch(QuotebenchWindow.class, arguments);
            return Optional.empty();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            String reason = String.valueOf(e.getMessage()).contains("DISPLAY")
                    ? "there is no display (set DISPLAY, or run a command instead: quotebench --help)"
                    : String.valueOf(e.getMessage());
            return Optional.of("Quotebench cannot open its window: " + reason);
        }
    }
}
