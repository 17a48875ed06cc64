package org.quotebench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs workspace and other slow work off the FX thread, one job at a time (the workspace has one
 * connection), and hands results and failures back on the FX thread. Never JDBC on the FX thread.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quotebench-workspace");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final AtomicInteger running = new AtomicInteger();
    private final Consumer<Throwable> failures;

    /** @param failures shown to the user (on the FX thread) when a job fails and has no handler of its own */
    public Background(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    /** Shows a failure to the user the usual way (for handlers that do something first). */
    public void report(Throwable problem) {
        failures.accept(problem);
    }

    /** What is running now, for the status bar ("" when idle). */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public <T> void run(String doing, Callable<T> work, Consumer<T> done) {
        run(doing, work, done, failures);
    }

    public <T> void run(String doing, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running.incrementAndGet();
        activity.set(doing + "…");
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finished();
                    done.accept(result);
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    finished();
                    failed.accept(e);
                });
            }
        });
    }

    /** Runs a JavaFX task (with its own progress and cancel) on the workspace thread. */
    public void execute(javafx.concurrent.Task<?> task) {
        running.incrementAndGet();
        activity.bind(task.messageProperty());
        task.runningProperty().addListener((obs, was, is) -> {
            if (!is) {
                activity.unbind();
                finished();
            }
        });
        worker.execute(task);
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            activity.set("");
        }
    }

    /** Waits for queued work (stores are committed as they go; this only lets the last ones land). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
