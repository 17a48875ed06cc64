package org.quotebench.ui.startup;

import org.quotebench.ui.jobs.Jobs;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs steps on the FX thread one after another, each in a turn of its own once the one before (and
 * what it started) has finished, so that long work done at idle never holds the window for long.
 */
public final class FxSteps {
    private FxSteps() {
    }

    /**
     * Runs the steps in order until {@code stop} says so. The future completes after the last step
     * or once stopped, or with the first failure (the steps after it do not run).
     */
    public static CompletableFuture<Void> run(List<Supplier<CompletableFuture<?>>> steps, BooleanSupplier stop) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        next(steps, 0, stop, done);
        return done;
    }

    /** A step that styles and lays out {@code root} now (a scene that is never shown has no pulses of its own). */
    public static CompletableFuture<?> layOut(javafx.scene.Parent root) {
        root.applyCss();
        root.layout();
        return CompletableFuture.completedFuture(null);
    }

    private static void next(List<Supplier<CompletableFuture<?>>> steps, int index, BooleanSupplier stop,
            CompletableFuture<Void> done) {
        Jobs.onFx(() -> {
            if (index == steps.size() || stop.getAsBoolean()) {
                done.complete(null);
                return;
            }
            try {
                steps.get(index).get().whenComplete((ok, failed) -> {
                    if (failed != null) {
                        done.completeExceptionally(failed);
                    } else {
                        next(steps, index + 1, stop, done);
                    }
                });
            } catch (Throwable e) { // an Error too: the future must not stay pending
                done.completeExceptionally(e);
            }
        });
    }
}
