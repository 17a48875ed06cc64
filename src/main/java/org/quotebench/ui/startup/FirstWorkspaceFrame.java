package org.quotebench.ui.startup;

import org.quotebench.ui.WorkspaceSession;

import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/** The moment the window becomes usable: the first workspace open and the next frame laid out. */
public final class FirstWorkspaceFrame {
    private FirstWorkspaceFrame() {
    }

    /** Once, when the first workspace is open: runs {@code opened}, then {@code laidOut} after the next frame is laid out. */
    public static void then(Scene scene, WorkspaceSession session, Runnable opened, Runnable laidOut) {
        session.fileProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Path> obs, Path old, Path file) {
                session.fileProperty().removeListener(this);
                opened.run();
                NextFrame.then(scene, laidOut);
            }
        });
    }
}
