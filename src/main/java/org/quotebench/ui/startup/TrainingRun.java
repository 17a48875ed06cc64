package org.quotebench.ui.startup;

import org.quotebench.ui.jobs.Jobs;
import org.quotebench.ui.Workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.quotebench.core.ArticleInfo;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.startup.FxSteps;

/**
 * The installer's training run ({@code -Dquotebench.startup=train}, on a scratch workspace): once the
 * window is usable, it opens every article of the workspace in the focused pane a few times over,
 * as a user would (read from the file, shown, highlighted), empties the pane again, then warms up
 * and reads through long made-up articles off screen (Workbench.train). The app image's AOT cache
 * records what ran and the methods' profiles, so that the JIT compiles the window's work early
 * (decision 14). Never run on a user's own workspace: nothing is changed, but its articles are opened.
 */
public final class TrainingRun {
    public static final int ROUNDS = 3;

    private TrainingRun() {
    }

    /**
     * Starts the run (on the FX thread). Completes when it has ended, exceptionally if opening the
     * workspace's articles failed (the warm-up and reading after it run all the same).
     */
    public static CompletableFuture<Void> start(FirstArticleWarmUp warmUp) {
        Workbench workbench = warmUp.workbench();
        ArticlePane pane = workbench.panes().focusedPane();
        List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (ArticleInfo info : List.copyOf(workbench.session().articles())) {
                steps.add(() -> {
                    pane.model().show(null, List.of()); // closed first: an article shown again would not be opened again
                    CompletableFuture<Void> styled = pane.nextStyling();
                    workbench.openIn(pane, info);
                    return styled;
                });
            }
        }
        steps.add(() -> {
            pane.model().show(null, List.of());
            return FxSteps.layOut(pane);
        });
        // The rest runs on the FX thread even when a step ended by its timeout (completed on a timer thread).
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxSteps.run(steps, () -> false).whenComplete((ok, failed) -> Jobs.onFx(() -> warmUp.train()
                .whenComplete((trained, never) -> { // the warm-up never fails: it only ends early
                    if (failed != null) {
                        done.completeExceptionally(failed); // the cache still holds what ran
                    } else {
                        done.complete(null);
                    }
                })));
        return done;
    }
}
