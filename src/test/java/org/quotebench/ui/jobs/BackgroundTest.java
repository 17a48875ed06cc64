package org.quotebench.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20.4: background work of both kinds at once. A call started while a task ran threw "A bound
 * value cannot be set", the running count leaked and the status bar said "Searching…" for ever; a
 * task's failure nobody handled was swallowed.
 */
class BackgroundTest {
    private final List<Throwable> shown = new CopyOnWriteArrayList<>();
    /** The workspace thread and the FX thread as in the window; every job shows at once (the moment has its own test). */
    private final Background background = new Background(shown::add, Jobs.singleThread("test-workspace"), Jobs::onFx, Runnable::run);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void aCallDuringATaskRunsAndTheStatusBarClearsWhenBothEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Task<String> finding = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage("Finding quotes in 3 articles…");
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                return "found";
            }
        };
        WaitForAsyncUtils.asyncFx(() -> background.execute(finding)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> background.activityProperty().get().startsWith("Finding quotes"));

        List<Integer> results = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> background.run("Searching", () -> 42, results::add)).get(); // threw before
        assertThat(fx(() -> background.activityProperty().get())).isEqualTo("Searching… (2 jobs)");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.size() == 1 && fx(() -> background.runningCount()) == 0);
        assertThat(fx(() -> background.activityProperty().get())).isEmpty();
        assertThat(finding.get()).isEqualTo("found");
        assertThat(shown).isEmpty();
    }

    @Test
    void aTaskThatFailsWithNobodyToHandleItIsShown() throws Exception {
        Task<Void> failing = new Task<>() {
            @Override
            protected Void call() {
                throw new IllegalStateException("the workspace is read-only");
            }
        };
        WaitForAsyncUtils.asyncFx(() -> background.execute(failing)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 1);
        assertThat(shown.get(0)).hasMessage("the workspace is read-only");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> background.activityProperty().get()).isEmpty());

        Task<Void> handled = new Task<>() {
            @Override
            protected Void call() {
                throw new IllegalStateException("handled by its dialog");
            }
        };
        List<Throwable> own = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            background.execute(handled);
            handled.setOnFailed(e -> own.add(handled.getException()));
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> own.size() == 1);
        assertThat(shown).hasSize(1);
    }

    @Test
    void callsRunOnTheCallingThreadWithSameThreadExecutors() {
        List<String> done = new CopyOnWriteArrayList<>();
        Background inline = new Background(shown::add, Runnable::run, Runnable::run);
        inline.run("Reading", () -> "read", done::add);
        inline.<String>run("Failing", () -> {
            throw new IllegalStateException("no");
        }, done::add);
        assertThat(done).containsExactly("read");
        assertThat(shown).extracting(Throwable::getMessage).containsExactly("no");
        assertThat(inline.runningCount()).isZero();
        assertThat(inline.activityProperty().get()).isEmpty();
    }

    /** A quick job never reaches the status bar; one still running after the moment does, and leaves it when it ends. */
    @Test
    void onlyJobsThatRunForAMomentShow() {
        List<Runnable> moments = new java.util.ArrayList<>();
        List<Runnable> workspace = new java.util.ArrayList<>();
        Background later = new Background(shown::add, workspace::add, Runnable::run, moments::add);
        List<String> changes = new java.util.ArrayList<>();
        later.activityProperty().addListener((obs, was, now) -> changes.add(now));

        later.run("Deleting a quote", () -> "deleted", done -> { });
        workspace.remove(0).run(); // done before its moment
        moments.remove(0).run();
        assertThat(changes).as("a quick job").isEmpty();
        assertThat(later.runningCount()).isZero();

        later.run("Finding quotes", () -> "found", done -> { });
        later.run("Searching", () -> 3, done -> { });
        moments.remove(0).run(); // the finding has run a moment
        assertThat(later.activityProperty().get()).isEqualTo("Finding quotes…");
        moments.remove(0).run();
        assertThat(later.activityProperty().get()).isEqualTo("Searching… (2 jobs)");
        workspace.remove(0).run();
        assertThat(later.activityProperty().get()).isEqualTo("Searching…");
        workspace.remove(0).run();
        assertThat(later.activityProperty().get()).isEmpty();
        assertThat(later.runningCount()).isZero();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
