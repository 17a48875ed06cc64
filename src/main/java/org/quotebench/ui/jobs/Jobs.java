package org.quotebench.ui.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The only ways into other threads besides {@link Background}'s workspace thread (an ArchUnit rule
 * keeps it so): the FX thread's next turn, a computation in the common pool (styling a long
 * article), a named daemon thread (the start-up warm-up, reading the settings), and the executors
 * that own a thread (the workspace thread, the backup timer). Every thread here is a daemon: none
 * keeps the program alive after the window closes.
 */
public final class Jobs {
    private Jobs() {
    }

    /** Runs {@code work} on the FX thread, in a later turn. */
    public static void onFx(Runnable work) {
        Platform.runLater(work);
    }

    /**
     * Runs {@code work} on the FX thread once the next frame of {@code node}'s window is laid out, so that
     * what that frame shows is not held up by it (the quotes table scrolling to a row after the text
     * shows the quote). At once when the node is in no window.
     */
    public static void afterNextFrame(javafx.scene.Node node, Runnable work) {
        javafx.scene.Scene scene = node.getScene();
        if (scene == null) {
            work.run();
            return;
        }
        boolean[] done = new boolean[1];
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> Platform.runLater(() -> { // not while the scene walks its listeners
            scene.removePostLayoutPulseListener(laidOut[0]);
            if (!done[0]) {
                done[0] = true;
                work.run();
            }
        });
        scene.addPostLayoutPulseListener(laidOut[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code work} on the FX thread once {@code delay} has passed (a daemon timer thread waits, not an animation). */
    public static void onFxAfter(java.time.Duration delay, Runnable work) {
        Timer.ONE.schedule(() -> Platform.runLater(work), delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The timer of {@link #onFxAfter}, made on first use. */
    private static final class Timer {
        static final ScheduledExecutorService ONE = quietTimer("quotebench-moments");
    }

    /** Computes in the common pool; the future completes there (hand the result to {@link #onFx}). */
    public static <T> CompletableFuture<T> compute(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work);
    }

    /** Computes on a daemon thread of its own, named {@code name}. */
    public static <T> CompletableFuture<T> computeOnOwnThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, runnable -> daemon(name, runnable).start());
    }

    /** Starts {@code work} on a daemon thread of its own, named {@code name}, at the lowest priority (it must not slow the user down). */
    public static void startQuietThread(String name, Runnable work) {
        Thread thread = daemon(name, work);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** One daemon thread, named {@code name}, that runs what it is given in order. */
    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> daemon(name, runnable));
    }

    /** One daemon thread at the lowest priority, named {@code name}, that runs what it is given at the times asked. */
    public static ScheduledExecutorService quietTimer(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = daemon(name, runnable);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    private static Thread daemon(String name, Runnable runnable) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
