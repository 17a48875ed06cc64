package org.quotebench.ui.startup;

import org.quotebench.ui.jobs.Jobs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import org.quotebench.core.ArticleInfo;
import org.quotebench.ui.Workbench;

/**
 * Readies the window for the first article once it is usable after start: builds the views it will
 * show, hidden; then, once the library lists a long article (now or after an import), warms up
 * opening one (OpeningWarmUp, then the quotes table's); opening an article while it runs ends it.
 * The installer's training run ({@link #train}) runs all of it to the end, and reading after it.
 */
public final class FirstArticleWarmUp {
    private final Workbench workbench;
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();
    private boolean started;
    /** Set once an article is opened after the warm-up started (read by the warm-up off the FX thread). */
    private volatile boolean articleOpened;

    public FirstArticleWarmUp(Workbench workbench) {
        this.workbench = workbench;
    }

    Workbench workbench() {
        return workbench;
    }

    /** Called once the window is usable after start (on the FX thread). */
    public void prepare() {
        workbench.prepareViews();
        // In a frame of its own (the next turn after the next layout): the first quote selected then does not style the form.
        NextFrame.then(workbench.getScene(), () -> Jobs.onFx(workbench.inspector()::prepare));
        var articles = workbench.session().articles();
        if (articles.stream().anyMatch(OpeningWarmUp::worthIt)) {
            start();
            return;
        }
        articles.addListener(new ListChangeListener<ArticleInfo>() {
            @Override
            public void onChanged(Change<? extends ArticleInfo> change) {
                while (change.next()) {
                    if (change.getAddedSubList().stream().anyMatch(OpeningWarmUp::worthIt)) {
                        articles.removeListener(this);
                        start();
                        return;
                    }
                }
            }
        });
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        // Articles opened before it (the last session's) do not stop it; one opened meanwhile does.
        workbench.model().openedProperty().addListener(opened -> articleOpened = true);
        run(false, () -> articleOpened).whenComplete((ok, failed) -> warmedUp.complete(null));
    }

    /**
     * Runs the warm-up for long articles to the end, whatever the workspace holds, then opens long
     * made-up articles and reads through one off screen (ReadingTraining): the end of the installer's
     * training run (TrainingRun). Completes when it has ended.
     */
    CompletableFuture<Void> train() {
        return run(true, () -> false);
    }

    /** The warm-up (OpeningWarmUp, then the quotes table's), with the reading training after it when asked. */
    private CompletableFuture<Void> run(boolean reading, BooleanSupplier stop) {
        List<String> stylesheets = List.copyOf(workbench.getScene().getStylesheets());
        return OpeningWarmUp.start(workbench.panes().focusedPane(), made -> {
            List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>(QuotesTableWarmUp.steps(stylesheets, made.text(), made.quotes()));
            if (reading) {
                steps.addAll(ReadingTraining.steps(stylesheets));
            }
            return steps;
        }, stop);
    }

    /** Whether the warm-up for long articles has started (tests). */
    public boolean started() {
        return started;
    }

    /**
     * Completes once the warm-up for long articles has ended (run to the end, or stopped early
     * because an article was opened); never when the workspace has no long article. Benchmarks wait
     * for it, as a user's first double-click would come after it.
     */
    public CompletableFuture<Void> warmedUp() {
        return warmedUp;
    }
}
