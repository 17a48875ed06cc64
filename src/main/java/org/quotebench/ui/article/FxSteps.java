package org.quotebench.ui.article;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs steps on the FX thread one after another, each in a turn of its own once the one before (and
 * what it started) has finished, so that long work done at idle never holds the window for long.
 */
public final class FxSteps {
    private FxSteps() {
    }

    /** Runs the steps in order; the future completes (on the FX thread) after the last, or with the first failure. */
    public static CompletableFuture<Void> run(List<Supplier<CompletableFuture<?>>> steps) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        next(steps, 0, done);
        return done;
    }

    private static void next(List<Supplier<CompletableFuture<?>>> steps, int index, CompletableFuture<Void> done) {
        if (index == steps.size()) {
            done.complete(null);
            return;
        }
        Platform.runLater(() -> {
            try {
                steps.get(index).get().whenComplete((ok, failed) -> {
                    if (failed != null) {
                        done.completeExceptionally(failed);
                    } else {
                        next(steps, index + 1, done);
                    }
                });
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
    }
}
