package org.quotebench.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Steps run on the FX thread, in order, each after the one before has finished what it started. */
class FxStepsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void stepsRunInOrderOnTheFxThreadAndWaitForWhatTheyStarted() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> slow = new CompletableFuture<>();
        List<Supplier<CompletableFuture<?>>> steps = List.of(
                () -> {
                    seen.add("first on fx " + Platform.isFxApplicationThread());
                    CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> {
                        seen.add("first's work done");
                        slow.complete(null);
                    });
                    return slow;
                },
                () -> {
                    seen.add("second on fx " + Platform.isFxApplicationThread());
                    return CompletableFuture.completedFuture(null);
                });

        FxSteps.run(steps, () -> false).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("first on fx true", "first's work done", "second on fx true");
    }

    @Test
    void stepsAfterAStopDoNotRun() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Supplier<CompletableFuture<?>>> steps = List.of(
                () -> {
                    seen.add("first");
                    return CompletableFuture.completedFuture(null);
                },
                () -> {
                    seen.add("second");
                    return CompletableFuture.completedFuture(null);
                });

        FxSteps.run(steps, () -> !seen.isEmpty()).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("first");
    }

    @Test
    void aFailingStepEndsTheRunWithItsFailure() {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Supplier<CompletableFuture<?>>> steps = List.of(
                () -> CompletableFuture.failedFuture(new IllegalStateException("no layout")),
                () -> {
                    seen.add("second");
                    return CompletableFuture.completedFuture(null);
                });

        assertThatThrownBy(() -> FxSteps.run(steps, () -> false).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("no layout");
        assertThat(seen).isEmpty();
    }
}
