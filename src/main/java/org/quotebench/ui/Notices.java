package org.quotebench.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.quotebench.core.QuotebenchException;

/**
 * Tells the user things: hints in the status line, problems in one clear dialog. Only a
 * QuotebenchException's own message is shown; anything else is a bug, reported as such, never a stack trace.
 */
public final class Notices {
    private final Supplier<Window> window;
    private final Label hint = new Label();

    public Notices(Supplier<Window> window) {
        this.window = window;
        hint.getStyleClass().add("hint");
        hint.setId("hint");
    }

    public Label hintLabel() {
        return hint;
    }

    public void info(String message) {
        hint.setText(message);
    }

    /** Help > About: the version and build date, as {@code quotebench --version} prints them. */
    public void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Version " + org.quotebench.core.Version.version() + ", built "
                + org.quotebench.core.Version.buildDate() + ".\n\nTrace who said what: mark the quotes in news articles, link them "
                + "to their speakers and events, and compare how outlets quote the same people.\n\nJava "
                + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "unknown") + ".");
        alert.setTitle("About Quotebench");
        alert.setHeaderText("Quotebench");
        alert.getDialogPane().setId("about");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    public void problem(Throwable problem) {
        Throwable cause = problem;
        while (!(cause instanceof QuotebenchException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause instanceof QuotebenchException ? cause.getMessage()
                : "Something went wrong inside Quotebench (" + problem + "). Your work up to this point is saved.";
        System.getLogger("quotebench").log(System.Logger.Level.WARNING, message, problem);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(null);
        alert.setTitle("Quotebench");
        if (window.get() != null) {
            alert.initOwner(window.get());
        }
        alert.show();
    }
}
