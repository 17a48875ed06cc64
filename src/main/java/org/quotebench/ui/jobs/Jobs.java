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
 * that own a thread (the workspace thread, the web imports' thread, the backup timer). Every thread here is a daemon: none
 * keeps the program alive after the window closes.
 */
public final class Jobs {
    private Jobs() {
    }

    /** Runs {@code work} on the FX thread, in a later turn. */
    public static void onFx(Runnable work) {
        Platform.runLater(work);
    }

    /** Runs {@code work} in every frame of the window {@code node} is in, before the frame is laid out (it follows the node between windows). */
    public static void beforeEveryLayout(javafx.scene.Node node, Runnable work) {
        inEveryFrame(node, scene -> scene.addPreLayoutPulseListener(work), scene -> scene.removePreLayoutPulseListener(work));
    }

    /** Runs {@code work} in every frame of the window {@code node} is in, once the frame is laid out. */
    public static void afterEveryLayout(javafx.scene.Node node, Runnable work) {
        inEveryFrame(node, scene -> scene.addPostLayoutPulseListener(work), scene -> scene.removePostLayoutPulseListener(work));
    }

    private static void inEveryFrame(javafx.scene.Node node, java.util.function.Consumer<javafx.scene.Scene> join,
            java.util.function.Consumer<javafx.scene.Scene> leave) {
        if (node.getScene() != null) {
            join.accept(node.getScene());
        }
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                leave.accept(old);
            }
            if (scene != null) {
                join.accept(scene);
            }
        });
    }

    /** Asks for a next frame even where nothing on screen changed, so that work waiting for one runs. */
    public static void requestFrame() {
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
