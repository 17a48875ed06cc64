package org.quotebench.ui.startup;

import org.quotebench.ui.article.ArticlePane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The installer's training run reads through a long made-up article as a user would: it opens it,
 * scrolls it page by page and a wheel's step at a time, jumps far and selects quotes, each step laid
 * out, and leaves its off-screen pane empty.
 */
class ReadingTrainingTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void itScrollsJumpsAndSelectsQuotesThroughTheArticleThenEmptiesThePane() throws Exception {
        MadeUpArticle article = MadeUpArticle.of(400);
        List<Double> scrolledTo = new CopyOnWriteArrayList<>();
        List<Quote> selected = new CopyOnWriteArrayList<>();
        List<String> opened = new CopyOnWriteArrayList<>();
        List<Supplier<CompletableFuture<?>>> opening = List.of(() -> {
            opened.add("opening step ran first, pane empty: " + scrolledTo.isEmpty());
            return CompletableFuture.completedFuture(null);
        });
        ArticlePane pane = WaitForAsyncUtils.asyncFx(() -> {
            ArticlePane made = new ArticlePane();
            new Scene(made, 900, 700);
            made.textArea().estimatedScrollYProperty().addListener((obs, old, now) -> scrolledTo.add(now));
            made.model().selectedProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    selected.add(now);
                }
            });
            return made;
        }).get(5, TimeUnit.SECONDS);
        List<Supplier<CompletableFuture<?>>> steps = WaitForAsyncUtils.asyncFx(
                () -> ReadingTraining.steps(pane, opening, article)).get(5, TimeUnit.SECONDS);

        FxSteps.run(steps, () -> false).get(60, TimeUnit.SECONDS);

        assertThat(steps).hasSize(1 + 2 + ReadingTraining.PAGES + ReadingTraining.WHEEL_STEPS + ReadingTraining.JUMPS
                + ReadingTraining.QUOTES + 1);
        assertThat(opened).containsExactly("opening step ran first, pane empty: true");
        Set<Double> places = new HashSet<>(scrolledTo);
        assertThat(places).as("distinct scroll positions").hasSizeGreaterThan(ReadingTraining.PAGES);
        assertThat(scrolledTo.stream().mapToDouble(Double::doubleValue).max().orElse(0)).isGreaterThan(20_000);
        assertThat(selected).hasSize(ReadingTraining.QUOTES).allMatch(article.quotes()::contains);
        assertThat(pane.model().article()).isEmpty();
        assertThat(pane.textArea().getLength()).isZero();
    }
}
