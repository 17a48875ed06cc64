package org.quotebench.ui.startup;

import org.quotebench.ui.jobs.Jobs;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.article.PaneStyles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.QuoteMarks;

/**
 * Warms up opening a long article: a made-up article with quotes of every
 * shape is styled a few times on a background thread, then shown in a pane of its own, off screen,
 * one short step per turn of the FX thread. The code that opens a long article then runs compiled,
 * not interpreted, when the first real one is opened (issue 4: < 500 ms cold for 1.2 MB). Nothing is
 * shown or stored.
 */
public final class OpeningWarmUp {
    /** Articles this long (code points) or with this many quotes take long enough cold to warm up for. */
    static final int LONG_TEXT = 200_000;
    static final int MANY_QUOTES = 1_000;
    private static final int ROUNDS = 10;
    private static final int PARAGRAPHS = 2_000;
    private static final int SHOWN_ROUNDS = 4;
    private static final int SHOWN_PARAGRAPHS = 300;

    private OpeningWarmUp() {
    }

    /** Whether opening this article cold is slow enough to be worth a warm-up. */
    public static boolean worthIt(ArticleInfo info) {
        return info.length() >= LONG_TEXT || info.quoteCount() >= MANY_QUOTES;
    }

    /**
     * Starts the warm-up with the settings and stylesheets of {@code pane} (call on the FX thread);
     * {@code more} gives further steps to run with the smaller made-up article (the quotes table's).
     * It ends early once {@code stop} says so (a real article is being opened: the warm-up would only
     * compete with it). The future completes when the warm-up has ended, whether it ran to the end,
     * was stopped or failed: a failed warm-up costs speed, never anything the user sees.
     */
    public static CompletableFuture<Void> start(ArticlePane pane,
            Function<MadeUpArticle, List<Supplier<CompletableFuture<?>>>> more, BooleanSupplier stop) {
        StyleClassedTextArea area = pane.textArea();
        SegmentOps<String, Collection<String>> segOps = area.getSegOps();
        Collection<String> paragraphStyle = area.getInitialParagraphStyle();
        List<String> stylesheets = List.copyOf(pane.getScene().getStylesheets());
        CompletableFuture<Void> done = new CompletableFuture<>();
        Jobs.startQuietThread("quotebench-warm-up", () -> {
            try {
                run(segOps, paragraphStyle, stop);
                MadeUpArticle shown = MadeUpArticle.of(SHOWN_PARAGRAPHS);
                Jobs.onFx(() -> {
                    try {
                        List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>(shownSteps(stylesheets, shown));
                        steps.addAll(more.apply(shown));
                        FxSteps.run(steps, stop).whenComplete((ok, failed) -> ended(done, failed));
                    } catch (Throwable e) {
                        ended(done, e);
                    }
                });
            } catch (Throwable e) {
                ended(done, e);
            }
        });
        return done;
    }

    private static void ended(CompletableFuture<Void> done, Throwable failed) {
        if (failed != null) {
            System.getLogger(OpeningWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "The warm-up ended early", failed);
        }
        done.complete(null);
    }

    /**
     * Styles a made-up article up to {@code ROUNDS} times (until {@code stop}), by speaker and by
     * verdict, with another quote or none selected, every fourth time with straight quotes; returns
     * the length of the last document built.
     */
    static int run(SegmentOps<String, Collection<String>> segOps, Collection<String> paragraphStyle, BooleanSupplier stop) {
        MadeUpArticle[] articles = {MadeUpArticle.of(PARAGRAPHS, true), MadeUpArticle.of(PARAGRAPHS, false)};
        int length = 0;
        for (int round = 0; round < ROUNDS && !stop.getAsBoolean(); round++) {
            MadeUpArticle article = articles[round % 4 == 3 ? 1 : 0];
            List<Quote> quotes = article.quotes();
            DisplayText display = DisplayText.of(article.text(), ArticlePane.DISPLAY_CHUNK);
            StyleSpans<Collection<String>> styles = PaneStyles.of(display, quotes,
                    round % 2 == 0 ? QuoteMarks.ColourMode.SPEAKER : QuoteMarks.ColourMode.VERDICT,
                    round % 3 == 2 ? Optional.empty() : Optional.of(quotes.get(round * 7)));
            length = PaneStyles.document(display, styles, segOps, paragraphStyle).length();
        }
        return length;
    }

    /**
     * Steps that open the made-up article in a pane of its own, in a scene that is never shown, lay it
     * out, select a quote further down and lay that out, mark a quote and delete it, a few times over.
     */
    static List<Supplier<CompletableFuture<?>>> shownSteps(List<String> stylesheets, MadeUpArticle article) {
        ArticlePane pane = new ArticlePane();
        Scene scene = new Scene(pane, 640, 360);
        scene.getStylesheets().setAll(stylesheets);
        List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>();
        for (int round = 0; round < SHOWN_ROUNDS; round++) {
            Quote far = article.quotes().get(article.quotes().size() / 2 + round * 17);
            steps.add(() -> {
                pane.model().show(article.article(), article.quotes());
                return pane.nextStyling();
            });
            steps.add(() -> FxSteps.layOut(pane));
            steps.add(() -> {
                pane.model().selectedProperty().set(far);
                pane.reveal(far);
                return pane.nextStyling();
            });
            steps.add(() -> FxSteps.layOut(pane));
            Quote marked = article.marked(article.quotes().size() / 3 + round);
            steps.add(() -> {
                pane.model().put(marked); // as when a quote is marked, then deleted
                return pane.nextStyling();
            });
            steps.add(() -> {
                pane.model().remove(marked.id());
                return pane.nextStyling();
            });
            steps.add(() -> {
                pane.model().show(null, List.of());
                return FxSteps.layOut(pane);
            });
        }
        return steps;
    }
}
