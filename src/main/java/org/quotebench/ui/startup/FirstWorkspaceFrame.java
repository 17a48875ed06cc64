package org.quotebench.ui.startup;

import org.quotebench.ui.WorkspaceSession;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/** The moment the window becomes usable: the first workspace open and the next frame laid out. */
public final class FirstWorkspaceFrame {
    private FirstWorkspaceFrame() {
    }

    /** Once, when the first workspace is open: runs {@code opened}, then {@code laidOut} after the next frame is laid out. */
    public static void then(Scene scene, WorkspaceSession session, Runnable opened, Runnable laidOut) {
        session.locationProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> obs, String old, String location) {
                session.locationProperty().removeListener(this);
                opened.run();
                NextFrame.then(scene, laidOut);
            }
        });
    }
}
