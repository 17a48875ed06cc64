package org.quotebench.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Times one action of the real window, all on the FX thread: from the call until {@code ready} holds
 * at the end of a pulse's layout pass (the first frame laid out in the new state), with named marks
 * on the way and the pulse-to-pulse intervals meanwhile (an animation timer keeps pulses coming).
 */
final class FrameProbe {
    private final Scene scene;
    private final Map<String, Long> marks = new LinkedHashMap<>();
    private final List<Long> pulses = new ArrayList<>();
    private final CompletableFuture<Result> done = new CompletableFuture<>();
    private long start;
    private BooleanSupplier ready = () -> false;
    private final Runnable afterLayout = this::afterLayout;
    private final AnimationTimer clock = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulses.add(System.nanoTime());
        }
    };

    /** What one action took: to the first frame in the new state, the marks on the way, and the longest frame meanwhile. */
    record Result(double millis, Map<String, Double> marks, double longestFrame) {
    }

    FrameProbe(Scene scene) {
        this.scene = scene;
    }

    /** Records the first time {@code name} happens (call from listeners, on the FX thread). */
    void mark(String name) {
        if (start != 0) {
            marks.putIfAbsent(name, System.nanoTime());
        }
    }

    /** Runs {@code action} on the FX thread, then waits until {@code until} holds after a pulse's layout. */
    Result time(Runnable action, BooleanSupplier until) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ready = until;
            scene.addPostLayoutPulseListener(afterLayout);
            clock.start();
            start = System.nanoTime();
            pulses.add(start);
            action.run();
        }).get(60, TimeUnit.SECONDS);
        return done.get(120, TimeUnit.SECONDS);
    }

    private void afterLayout() {
        if (done.isDone() || !ready.getAsBoolean()) {
            return;
        }
        long end = System.nanoTime();
        scene.removePostLayoutPulseListener(afterLayout);
        clock.stop();
        pulses.add(end);
        Map<String, Double> since = new LinkedHashMap<>();
        marks.forEach((name, at) -> since.put(name, (at - start) / 1e6));
        done.complete(new Result((end - start) / 1e6, since, longestGap(pulses)));
    }

    static double longestGap(List<Long> times) {
        long longest = 0;
        for (int i = 1; i < times.size(); i++) {
            longest = Math.max(longest, times.get(i) - times.get(i - 1));
        }
        return longest / 1e6;
    }
}
