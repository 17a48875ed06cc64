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

    /**
     * Noted in review: a web import ran on the workspace thread, so a quote marked while it waited on a
     * slow site was stored only after the last fetch. A job aside waits on the network off that thread,
     * an edit made meanwhile runs at once, and the job stores through the workspace thread.
     */
    @Test
    void aJobAsideLeavesTheWorkspaceThreadFreeAndStoresThroughIt() throws Exception {
        List<Runnable> web = new CopyOnWriteArrayList<>(); // the network thread: runs when the test says (the site answers)
        java.util.concurrent.ExecutorService workspace = Jobs.singleThread("test-workspace");
        Background aside = new Background(shown::add, workspace, web::add, Jobs::onFx, Runnable::run);
        try {
            List<String> storedOn = new CopyOnWriteArrayList<>();
            Task<String> importing = new Task<>() {
                @Override
                protected String call() {
                    updateMessage("Fetching 1 of 1");
                    return aside.await(() -> {
                        storedOn.add(Thread.currentThread().getName());
                        return "stored";
                    });
                }
            };
            WaitForAsyncUtils.asyncFx(() -> aside.executeAside(importing)).get();
            assertThat(web).as("the job waits on its own thread").hasSize(1);

            java.util.concurrent.CompletableFuture<Integer> marked = new java.util.concurrent.CompletableFuture<>();
            WaitForAsyncUtils.asyncFx(() -> aside.run("Marking a quote", () -> 7, marked::complete)).get();
            assertThat(marked.get(10, TimeUnit.SECONDS)).as("an edit made meanwhile is not queued behind the fetch").isEqualTo(7);

            web.remove(0).run(); // the site answers: the job stores what it fetched
            assertThat(importing.get()).isEqualTo("stored");
            assertThat(storedOn).containsExactly("test-workspace");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> aside.runningCount()) == 0);
            assertThat(shown).isEmpty();
            assertThat(aside.await(() -> "on the workspace thread, or at once there")).isNotEmpty();
        } finally {
            aside.close();
        }
    }

    /** Found in review: with one thread for both (as tests set it up), a job aside waited on its own store for ever. */
    @Test
    void aJobAsideOnTheWorkspaceThreadItselfStoresAtOnce() throws Exception {
        java.util.concurrent.ExecutorService one = Jobs.singleThread("test-workspace");
        Background shared = new Background(shown::add, one, Jobs::onFx, Runnable::run);
        try {
            Task<String> importing = new Task<>() {
                @Override
                protected String call() {
                    return shared.await(() -> Thread.currentThread().getName());
                }
            };
            WaitForAsyncUtils.asyncFx(() -> shared.executeAside(importing)).get();
            assertThat(importing.get(30, TimeUnit.SECONDS)).isEqualTo("test-workspace");
        } finally {
            shared.close();
        }
    }

    /** A store's failure reaches the job aside as itself, not wrapped. */
    @Test
    void aFailedStoreReachesTheJobAsItself() {
        Background inline = new Background(shown::add, Jobs.singleThread("test-workspace"), Runnable::run, Runnable::run, Runnable::run);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> inline.await(() -> {
                throw new org.quotebench.core.QuotebenchException("The workspace is closed.");
            })).isInstanceOf(org.quotebench.core.QuotebenchException.class).hasMessage("The workspace is closed.");
        } finally {
            inline.close();
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
