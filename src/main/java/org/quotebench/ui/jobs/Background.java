package org.quotebench.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs workspace and other slow work off the FX thread, one job at a time (the workspace has one
 * connection), and hands results and failures back on the FX thread. Never JDBC on the FX thread.
 * A job that waits on the network (a web import) runs aside, on a thread of its own, and stores
 * through the workspace thread ({@link #await}): edits made while it waits are not queued behind it.
 *
 * <p>Every job, a call or a {@link Task} with progress and Cancel, is one entry in the list of
 * running jobs; the status bar shows the newest one's message and how many run, and clears when the
 * last one ends, however it ends. A job shows only once it has run for a moment ({@link #MOMENT}):
 * marking or deleting a quote takes a few milliseconds, and a message that flashes for one frame
 * can neither be read nor be free (it lays the status bar out again in the frame that shows the change).
 * A failure is shown to the user unless its caller handles it (a
 * failure handler, or a task's {@code onFailed}).
 */
public final class Background implements AutoCloseable {
    private final Executor worker;
    /** Where jobs that wait on the network run (a web import), so that the workspace thread stays free for edits. */
    private final Executor network;
    private final Executor fx;
    private final ExecutorService owned;
    private final ExecutorService ownedNetwork;
    /** Set on the workspace thread while it runs a job: {@link #await} called there runs its work at once. */
    private static final ThreadLocal<Boolean> ON_WORKER = ThreadLocal.withInitial(() -> false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    /** The running jobs, oldest first; touched on the FX thread only. */
    private final List<Job> running = new ArrayList<>();
    private final Consumer<Throwable> failures;
    /** Runs what it is given on the FX thread a moment later (tests: at once, or when they say). */
    private final Consumer<Runnable> afterAMoment;

    /** How long a job runs before the status bar shows it. */
    public static final java.time.Duration MOMENT = java.time.Duration.ofMillis(250);

    /** A running job, what it says it is doing, and whether the status bar shows it yet. */
    private static final class Job {
        private String message;
        private boolean shown;

        Job(String message) {
            this.message = message;
        }
    }

    /** @param failures shown to the user (on the FX thread) when a job fails and has no handler of its own */
    public Background(Consumer<Throwable> failures) {
        this(failures, Jobs.singleThread("quotebench-workspace"), Jobs.singleThread("quotebench-web"), Jobs::onFx,
                work -> Jobs.onFxAfter(MOMENT, work));
    }

    /** With the executors given: tests run jobs on the calling thread; every job shows at once. */
    public Background(Consumer<Throwable> failures, Executor worker, Executor fx) {
        this(failures, worker, fx, Runnable::run);
    }

    /** With the executors given, and {@code afterAMoment} to run (on the FX thread) when a job has run long enough to show. */
    public Background(Consumer<Throwable> failures, Executor worker, Executor fx, Consumer<Runnable> afterAMoment) {
        this(failures, worker, worker, fx, afterAMoment);
    }

    /** With the executors given, {@code network} for jobs that wait on the network ({@link #executeAside}). */
    public Background(Consumer<Throwable> failures, Executor worker, Executor network, Executor fx, Consumer<Runnable> afterAMoment) {
        this.afterAMoment = afterAMoment;
        this.failures = failures;
        this.worker = worker;
        this.network = network;
        this.fx = fx;
        this.owned = worker instanceof ExecutorService service ? service : null;
        this.ownedNetwork = network != worker && network instanceof ExecutorService service ? service : null;
    }

    /** Shows a failure to the user the usual way (for handlers that do something first). */
    public void report(Throwable problem) {
        failures.accept(problem);
    }

    /** What is running now, for the status bar ("" when idle). */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** How many jobs are running or waiting (read on the FX thread). */
    public int runningCount() {
        return running.size();
    }

    public <T> void run(String doing, Callable<T> work, Consumer<T> done) {
        run(doing, work, done, failures);
    }

    public <T> void run(String doing, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Job job = new Job(doing + "…");
        onFx(() -> begin(job));
        submit(work, result -> {
            end(job);
            done.accept(result);
        }, problem -> {
            end(job);
            failed.accept(problem);
        });
    }

    /**
     * Runs a small look at the workspace that the user did not ask for (checking whether another
     * program changed it): on the workspace thread like any call, but not shown in the status bar,
     * and its failure (the workspace closed meanwhile) goes to {@code failed} only.
     */
    public <T> void quietly(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        try {
            submit(work, done, failed);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            failed.accept(closed);
        }
    }

    /** Runs {@code work} on the workspace thread and hands its result or its failure to the FX thread. */
    private <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        onWorker(() -> {
            try {
                T result = work.call();
                fx.execute(() -> done.accept(result));
            } catch (Exception | Error e) {
                fx.execute(() -> failed.accept(e));
            }
        });
    }

    /** Runs {@code work} on the workspace thread, marked as running there. */
    private void onWorker(Runnable work) {
        worker.execute(() -> {
            boolean was = ON_WORKER.get();
            ON_WORKER.set(true);
            try {
                work.run();
            } finally {
                ON_WORKER.set(was);
            }
        });
    }

    /**
     * Runs {@code work} on the workspace thread and waits for its result: how a job running aside (a web
     * import between two fetches) stores what it has. Called on the workspace thread, it runs at once.
     * The wait is not cut short by Cancel: a store is quick, and what was stored is kept.
     */
    public <T> T await(Callable<T> work) {
        if (ON_WORKER.get()) {
            return call(work);
        }
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        onWorker(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    /**
     * Runs a JavaFX task (with its own progress and cancel) on the workspace thread. Its message shows
     * in the status bar while it runs; a failure nobody handles ({@code onFailed} unset) is reported.
     */
    public void execute(Task<?> task) {
        execute(task, true);
    }

    /**
     * Runs a JavaFX task that waits on the network (a web import) beside the workspace thread, so that
     * edits made meanwhile are not queued behind its fetches; it stores through {@link #await}. Shown in
     * the status bar like any task.
     */
    public void executeAside(Task<?> task) {
        execute(task, false);
    }

    private void execute(Task<?> task, boolean onTheWorkspaceThread) {
        Job job = new Job(task.getMessage() == null || task.getMessage().isBlank() ? "Working…" : task.getMessage());
        onFx(() -> {
            begin(job);
            task.messageProperty().addListener((obs, was, message) -> {
                if (message != null && !message.isBlank()) {
                    job.message = message;
                    show();
                }
            });
            task.stateProperty().addListener((obs, was, state) -> {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.CANCELLED || state == Worker.State.FAILED) {
                    end(job);
                }
                if (state == Worker.State.FAILED && task.getOnFailed() == null) {
                    failures.accept(task.getException());
                }
            });
        });
        if (onTheWorkspaceThread || network == worker) { // one thread for both: the job runs there, its stores at once
            onWorker(task);
        } else {
            network.execute(task);
        }
    }

    private void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            fx.execute(action);
        }
    }

    private void begin(Job job) {
        running.add(job);
        afterAMoment.accept(() -> {
            if (running.contains(job)) {
                job.shown = true;
                show();
            }
        });
    }

    private void end(Job job) {
        if (running.remove(job) && job.shown) {
            show();
        }
    }

    /** The newest shown job's message, and how many are shown when there are several. */
    private void show() {
        Job newest = null;
        int shown = 0;
        for (Job job : running) {
            if (job.shown) {
                newest = job;
                shown++;
            }
        }
        activity.set(newest == null ? "" : shown == 1 ? newest.message : newest.message + " (" + shown + " jobs)");
    }

    /** Waits for queued work (stores are committed as they go; this only lets the last ones land). */
    @Override
    public void close() {
        if (ownedNetwork != null) {
            ownedNetwork.shutdownNow(); // a fetch in flight is given up (its task hears the interrupt); what it stored stays
        }
        if (owned == null) {
            return;
        }
        owned.shutdown();
        try {
            owned.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
