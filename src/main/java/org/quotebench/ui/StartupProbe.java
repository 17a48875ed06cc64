package org.quotebench.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * Measures start-up when asked to ({@code -Dquotebench.startup=report}, or {@code =exit} to quit
 * right after): from the launch of the process to the first frame laid out after the workspace is
 * open and the library listed, when the window is usable. Logs one line, "Quotebench window ready in
 * N ms"; used by the start-up benchmark and by the class-data-sharing training run of the installer.
 */
final class StartupProbe {
    static final String PROPERTY = "quotebench.startup";

    private StartupProbe() {
    }

    static void watch(Scene scene, WorkspaceSession session) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("report") && !mode.equals("exit")) {
            return;
        }
        session.fileProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends java.nio.file.Path> obs, java.nio.file.Path old,
                    java.nio.file.Path file) {
                session.fileProperty().removeListener(this);
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        report(mode);
                    }
                });
                Platform.requestNextPulse();
            }
        });
    }

    private static void report(String mode) {
        long ms = ProcessAge.millis();
        System.getLogger("quotebench").log(System.Logger.Level.INFO, "Quotebench window ready in " + ms + " ms");
        if (mode.equals("exit")) {
            Platform.exit();
        }
    }
}
