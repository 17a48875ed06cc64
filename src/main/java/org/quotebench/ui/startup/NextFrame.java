package org.quotebench.ui.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, after the next frame of a scene has been laid out. */
final class NextFrame {
    private NextFrame() {
    }

    /** Runs {@code work} (on the FX thread) right after the layout pass of the scene's next pulse, which it asks for. */
    static void then(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                work.run();
            }
        });
        Platform.requestNextPulse();
    }
}
