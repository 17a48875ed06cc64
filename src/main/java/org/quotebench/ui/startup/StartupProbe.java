package org.quotebench.ui.startup;

import org.quotebench.ui.jobs.Jobs;
import org.quotebench.ui.WorkspaceSession;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up when asked to ({@code -Dquotebench.startup=report}; {@code =exit} quits right
 * after; {@code =train} runs the installer's training run first, see TrainingRun): from the launch of
 * the process to the first frame laid out after the workspace is open and the library listed, when
 * the window is usable. Logs one line, "Quotebench window ready in N ms (toolkit started at …, window
 * built at …, shown at …, workspace open at …)"; used by the start-up benchmark and by the
 * class-data-sharing training run of the installer.
 */
public final class StartupProbe {
    public static final String PROPERTY = "quotebench.startup";

    private static final boolean ON = !System.getProperty(PROPERTY, "").isEmpty();
    private static final StringBuilder PHASES = new StringBuilder();

    private StartupProbe() {
    }

    /** Notes when a phase of start-up ended, for the report; does nothing unless start-up is measured. */
    public static void phase(String name) {
        if (ON) {
            PHASES.append(PHASES.length() == 0 ? "" : ", ").append(name).append(" at ").append(ProcessAge.millis());
        }
    }

    public static void watch(Scene scene, WorkspaceSession session, FirstArticleWarmUp warmUp) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("report") && !mode.equals("exit") && !mode.equals("train")) {
            return;
        }
        FirstWorkspaceFrame.then(scene, session, () -> phase("workspace open"), () -> report(mode, warmUp));
    }

    private static void report(String mode, FirstArticleWarmUp warmUp) {
        long ms = ProcessAge.millis();
        System.getLogger("quotebench").log(System.Logger.Level.INFO, "Quotebench window ready in " + ms + " ms (" + PHASES + ")");
        if (mode.equals("exit")) {
            Platform.exit();
        } else if (mode.equals("train")) {
            long start = System.nanoTime();
            TrainingRun.start(warmUp).whenComplete((ok, failed) -> Jobs.onFx(() -> {
                long ran = (System.nanoTime() - start) / 1_000_000;
                System.getLogger("quotebench").log(System.Logger.Level.INFO, failed == null ? "Quotebench training ran " + ran + " ms"
                        : "Quotebench training failed after " + ran + " ms: " + failed);
                Platform.exit();
            }));
        }
    }
}
