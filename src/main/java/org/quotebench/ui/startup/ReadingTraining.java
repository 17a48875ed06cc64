package org.quotebench.ui.startup;

import org.quotebench.ui.article.ArticlePane;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.quotebench.core.Quote;

/**
 * Opens long made-up articles and reads through one as a user would, in a pane of its own that is
 * never shown: page by page, a wheel's step at a time, jumping to far paragraphs (a dragged scroll
 * bar) and to quotes. Run once by the installer's training run ({@code -Dquotebench.startup=train}), so that the
 * app image's AOT cache holds the profiles of scrolling as well as of opening (decision 14): the JIT
 * then compiles that code well before the user's first long article, not during it.
 */
public final class ReadingTraining {
    private static final int PARAGRAPHS = 1_500;
    /** About 1.15 MB and 6,300 quotes: opened a few times over, as the benchmark's long article is. */
    private static final int LONG_PARAGRAPHS = 5_000;
    static final int PAGES = 120;
    static final int WHEEL_STEPS = 120;
    static final int JUMPS = 150;
    static final int QUOTES = 40;
    private static final double WHEEL_STEP = 120;

    private ReadingTraining() {
    }

    /** The steps, one per turn of the FX thread, each laying the pane out as a frame would. */
    public static List<Supplier<CompletableFuture<?>>> steps(List<String> stylesheets) {
        ArticlePane pane = new ArticlePane();
        Scene scene = new Scene(pane, 900, 700);
        scene.getStylesheets().setAll(stylesheets);
        return steps(pane, OpeningWarmUp.shownSteps(stylesheets, MadeUpArticle.of(LONG_PARAGRAPHS)), MadeUpArticle.of(PARAGRAPHS));
    }

    /** The opening steps, then reading {@code article} through in {@code pane}, which must be in a scene. */
    static List<Supplier<CompletableFuture<?>>> steps(ArticlePane pane, List<Supplier<CompletableFuture<?>>> opening,
            MadeUpArticle article) {
        StyleClassedTextArea area = pane.textArea();
        Random random = new Random(4);
        List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>(opening);
        steps.add(() -> {
            CompletableFuture<Void> styled = pane.nextStyling(); // the text comes with its highlights, built off the FX thread
            pane.model().show(article.article(), article.quotes());
            return styled;
        });
        steps.add(() -> FxSteps.layOut(pane));
        for (int i = 0; i < PAGES; i++) {
            steps.add(() -> {
                area.scrollYBy(area.getViewportHeight());
                return FxSteps.layOut(pane);
            });
        }
        for (int i = 0; i < WHEEL_STEPS; i++) {
            steps.add(() -> {
                area.scrollYBy(WHEEL_STEP);
                return FxSteps.layOut(pane);
            });
        }
        for (int i = 0; i < JUMPS; i++) {
            double place = random.nextDouble(); // anywhere in the article, however the area splits it into paragraphs
            steps.add(() -> {
                area.showParagraphAtTop((int) (place * area.getParagraphs().size()));
                return FxSteps.layOut(pane);
            });
        }
        for (int i = 0; i < QUOTES; i++) {
            Quote quote = article.quotes().get(random.nextInt(article.quotes().size()));
            steps.add(() -> {
                pane.model().selectedProperty().set(quote);
                pane.reveal(quote);
                return FxSteps.layOut(pane);
            });
        }
        steps.add(() -> {
            pane.model().show(null, List.of());
            return FxSteps.layOut(pane);
        });
        return steps;
    }
}
